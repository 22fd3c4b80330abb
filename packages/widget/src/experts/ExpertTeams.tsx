import type { ExpertConfig, Heed, PanelView } from '@heed/core';
import { globMatch, pageKey, teamChannels, teamNextOpening, teamOpen, teamsFor, teamTopics, type HeedInternals, type TeamChannel, type TeamPresence } from '@heed/core/internal';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MessageContext } from '../chat/outbox.js';
import { summarize } from '../chat/summary.js';
import { loadChatDelivery } from '../loadChatDelivery.js';
import { backAtText } from './backAt.js';
import { lastChannel, withFirst } from './channelMemory.js';
import { chooseTeam } from './chosenTeam.js';
import { TeamCard } from './TeamCard.js';
import { mailtoHref, safeHref } from '../panel/safeHref.js';
import { useSay } from '../i18n/context.js';

export interface ExpertTeamsProps {
  internals: HeedInternals;
  heed: Heed;
  /** The topic of the offer the panel was opened from, if any; else the page rule's. */
  topic?: string;
  onNavigate(view: PanelView): void;
}

/**
 * The expert view's content (its own chunk, loaded when the visitor opens "Talk to an expert"):
 * the site's expert teams: the team for this page's topic first, each with a real action per
 * channel it can use now (a chat routed to it only while it is open and someone is online; a
 * callback or email request otherwise, with when it is back). The other teams are one step away.
 */
export function ExpertTeams({ internals, heed, topic, onNavigate }: ExpertTeamsProps) {
  const config = internals.config();
  const say = useSay();
  const page = pageKey(location);
  const subject = topic ?? config.pages.find((rule) => globMatch(rule.match, page))?.topic;
  // Who is online is asked once per view; until it answers, no chat is offered.
  const [presence, setPresence] = useState<TeamPresence>();
  const [first, setFirst] = useState<TeamChannel>();
  useEffect(() => {
    let mounted = true;
    void lastChannel(internals.store()).then((channel) => mounted && setFirst(channel));
    loadChatDelivery().then(
      (chunk) => chunk.teamPresence(internals).then((found) => mounted && setPresence(found)),
      () => mounted && setPresence({ online: false }),
    );
    return () => void (mounted = false);
  }, []);
  const shared = useMemo((): MessageContext => {
    const summary = summarize(heed.state().need.reasons, page, say);
    return { page: page.slice(0, 2048), title: document.title.trim().slice(0, 300) || undefined, topic: subject, summary: summary || undefined };
  }, []);

  const now = Date.now();
  const requests = config.chat.provider === 'relay' && !!config.chat.url;
  const teams = teamsFor(config, subject)
    .map((team) => {
      const open = teamOpen(team, now);
      // Live only inside its hours (holidays included) and with someone online to answer.
      // A team without a chat says nothing about being live.
      const chats = requests && team.channels.includes('chat');
      const live = !chats ? undefined : open && presence ? teamOpen(team, now, presence) : open ? undefined : false;
      const opening = open ? undefined : teamNextOpening(team, now);
      // Links are checked again here: a config that skipped the check still renders no bad link.
      const linked = (channel: TeamChannel) =>
        channel === 'booking' ? !!safeHref(team.bookingUrl) : channel !== 'email' || requests || !!team.requestUrl || !!mailtoHref(team.email);
      const channels = withFirst(teamChannels(team, config, open).filter(linked), first);
      return { team, live, channels, backAt: opening === undefined ? undefined : backAtText(say, opening, now) };
    })
    .filter(({ channels }) => channels.length);
  if (!teams.length) return <p class="muted">{say('expertsUnreachable')}</p>;

  const forTopic = teams.filter(({ team }) => subject !== undefined && teamTopics(team).includes(subject));
  const card = ({ team, live, channels, backAt }: (typeof teams)[number]) => (
    <TeamCard
      key={team.name}
      internals={internals}
      team={team}
      channels={channels}
      live={live}
      backAt={backAt}
      shared={shared}
      requests={requests || !!team.requestUrl}
      onChat={(chosen: ExpertConfig) => {
        chooseTeam(internals, chosen.name);
        onNavigate('chat');
      }}
    />
  );
  if (!forTopic.length) return <div class="teams">{teams.map(card)}</div>;
  const others = teams.filter((entry) => !forTopic.includes(entry));
  return (
    <div class="teams">
      {forTopic.map(card)}
      {others.length > 0 && (
        <details>
          <summary>{say('otherTeams')}</summary>
          <div class="teams">{others.map(card)}</div>
        </details>
      )}
    </div>
  );
}
