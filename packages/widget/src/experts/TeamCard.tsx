import type { ExpertConfig } from '@heed/core';
import type { HeedInternals, TeamChannel } from '@heed/core/internal';
import { useRef, useState } from 'preact/hooks';
import type { MessageContext } from '../chat/outbox.js';
import { mailtoHref, safeHref } from '../panel/safeHref.js';
import { rememberChannel } from './channelMemory.js';
import { RequestForm } from './RequestForm.js';
import { useSay } from '../i18n/context.js';

export interface TeamCardProps {
  internals: HeedInternals;
  team: ExpertConfig;
  /** The channels usable now, the visitor's last choice first. */
  channels: TeamChannel[];
  /** Whether the team is live now; undefined while the relay is being asked. */
  live: boolean | undefined;
  /** "Back Monday 09:00 your time.", when the team is closed and its next opening is known. */
  backAt: string | undefined;
  shared: MessageContext;
  /** The requests of a site without a relay or requestUrl cannot be sent: email is a link then. */
  requests: boolean;
  onChat(team: ExpertConfig): void;
}

/** One team: who they are, whether they are there now, and a real action per channel. */
export function TeamCard({ internals, team, channels, live, backAt, shared, requests, onChat }: TeamCardProps) {
  const say = useSay();
  const [form, setForm] = useState<'callback' | 'email'>();
  const card = useRef<HTMLElement>(null);
  const choose = (channel: TeamChannel) => rememberChannel(internals.store(), channel);
  const email = !requests && channels.includes('email') ? mailtoHref(team.email) : undefined;
  const booking = channels.includes('booking') ? safeHref(team.bookingUrl) : undefined;
  const callback = channels.includes('callback');
  const message = channels.includes('email') && requests;
  const meanwhile = callback && message ? say('canCallbackOrMessage') : callback ? say('canCallback') : message ? say('canMessage') : '';
  const status = live ? say('availableNow') : live === false ? [say('notLive'), backAt, meanwhile].filter(Boolean).join(' ') : undefined;

  const action = (channel: TeamChannel) => {
    if (channel === 'chat')
      return (
        live && (
          <button type="button" class="action" key={channel} onClick={() => {
              choose(channel);
              onChat(team);
            }}>
            {say('chatWith', { team: team.name })}
          </button>
        )
      );
    if (channel === 'booking')
      return (
        booking && (
          <a key={channel} class="action secondary" href={booking} target="_blank" rel="noopener" onClick={() => choose(channel)}>
            {say('bookWith', { team: team.name })}
          </a>
        )
      );
    if (channel === 'email' && !requests)
      return (
        email && (
          <a key={channel} class="action secondary" href={email} onClick={() => choose(channel)}>
            {say('emailTeam', { team: team.name })}
          </a>
        )
      );
    return (
      <button type="button" class="action secondary" key={channel} aria-expanded={form === channel} onClick={() => {
          choose(channel);
          setForm(form === channel ? undefined : channel);
        }}>
        {say(channel === 'callback' ? 'requestCallback' : 'sendMessage')}
      </button>
    );
  };

  // Cancel takes the form and its focused button away: focus goes back to the button that opened it.
  const cancel = () => {
    card.current?.querySelector<HTMLElement>('[aria-expanded=true]')?.focus();
    setForm(undefined);
  };

  return (
    <section class="team" aria-label={team.name} data-team={team.name} ref={card}>
      <h3>{team.name}</h3>
      {team.blurb && <p>{team.blurb}</p>}
      {status && <p class="muted">{status}</p>}
      <div class="row">{channels.map(action)}</div>
      {form && <RequestForm key={form} internals={internals} team={team} kind={form} shared={shared} onCancel={cancel} />}
    </section>
  );
}
