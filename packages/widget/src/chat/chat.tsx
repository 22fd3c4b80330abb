import type { Heed, SignalEvent } from '@heed/core';
import type { HeedInternals } from '@heed/core/internal';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { adoptCss } from '../styles.js';
import { chatCss } from './chatCss.js';
import { pageKey, withinHours } from '@heed/core/internal';
import { linkify } from './linkify.js';
import { clientFor } from './deliverPending.js';
import type { MessageContext } from './outbox.js';
import type { ChatMessage } from './relayClient.js';
import { summarize } from './summary.js';
import { chosenTeam } from '../experts/chosenTeam.js';
import { useSay } from '../i18n/context.js';
import type { StringKey } from '../i18n/en.js';

export interface ChatPanelProps {
  internals: HeedInternals;
  /** The instance, for the need reasons behind the summary. */
  heed: Heed;
}

const styled = new WeakSet<Node>();

const here = () => pageKey(location);

const reasonsOf = (heed: Heed): SignalEvent[] => heed.state().need.reasons;

const stateOf = (m: ChatMessage) => (m.failed ? 'failed' : m.pending ? 'pending' : 'delivered');
const STATE_TEXT: Record<ReturnType<typeof stateOf>, StringKey> = { failed: 'notSent', pending: 'sending', delivered: 'delivered' };

/**
 * The visitor's chat: thread, composer, delivery states, agent typing, reconnection, and before
 * the first message what Heed noticed, with the choice to share it. With nobody online (or outside
 * `chat.hours`) it becomes "Leave a message": same composer, the relay keeps the messages.
 */
export function ChatPanel({ internals, heed }: ChatPanelProps) {
  const { chat } = internals.config();
  const say = useSay();
  const client = useMemo(() => clientFor(internals), [internals]);
  const [snap, setSnap] = useState(client.snapshot);
  const [draft, setDraft] = useState('');
  const [share, setShare] = useState(true);
  const section = useRef<HTMLElement>(null);
  const log = useRef<HTMLDivElement>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>();
  const teamSent = useRef(false);
  // What the visitor is shown is fixed when the chat opens: only that is ever sent.
  const shown = useMemo((): MessageContext => {
    const page = here();
    const summary = summarize(reasonsOf(heed), page, say);
    // Started from the expert view: the chat is for that team, and agents see which.
    const team = chosenTeam(internals);
    return { page: page.slice(0, 2048), title: document.title.trim().slice(0, 300) || undefined, summary: summary || undefined, ...(team && { team }) };
  }, []);

  useEffect(() => {
    const root = section.current?.getRootNode();
    if (root instanceof ShadowRoot && !styled.has(root)) {
      styled.add(root);
      adoptCss(root, chatCss);
    }
    const off = client.subscribe(setSnap);
    setSnap(client.snapshot());
    return () => {
      off();
      clearTimeout(typingTimer.current);
      client.typing(false);
      client.release();
    };
  }, [client]);

  useLayoutEffect(() => {
    const el = log.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [snap.messages.length, snap.agentTyping]);

  const fresh = snap.loaded && !snap.messages.length;
  const live = snap.presence?.online !== false && withinHours(chat.hours, chat.timeZone);

  const submit = () => {
    const text = draft.trim();
    if (!text) return;
    clearTimeout(typingTimer.current);
    // An existing conversation started from the expert view still tells agents which team it is for.
    const routed = shown.team && !teamSent.current ? { team: shown.team } : undefined;
    teamSent.current = true;
    client.send(text, fresh && share ? shown : routed);
    setDraft('');
  };

  const onInput = (value: string) => {
    setDraft(value);
    client.typing(!!value.trim());
    clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(() => client.typing(false), 3000);
  };

  return (
    <section class="chat" ref={section} aria-label={say(live ? 'chat' : 'leaveMessage')} data-conversation-id={snap.conversationId}>
      {!live && (
        <div>
          <h3>{say('leaveMessage')}</h3>
          <p class="muted">{say('nobodyOnline')}</p>
        </div>
      )}
      <p class="status" role="status">
        {snap.status === 'reconnecting' ? say('reconnecting') : snap.status === 'connecting' ? say('connecting') : ''}
      </p>
      {shown.team && <p class="muted">{say('chatIsWith', { team: shown.team })}</p>}
      {fresh && (
        <div class="note">
          {shown.summary && <p>{say('noticed', { summary: shown.summary })}</p>}
          <p class="muted">{say('pageShown', { page: shown.title ? say('pageTitled', { title: shown.title, page: shown.page }) : shown.page })}</p>
          <label>
            <input type="checkbox" checked={share} onChange={(event) => setShare((event.target as HTMLInputElement).checked)} />
            {say('shareWithAgent')}
          </label>
        </div>
      )}
      <div class="log" role="log" aria-live="polite" aria-relevant="additions" aria-label={say('messages')} tabIndex={0} ref={log}>
        {snap.messages.map((message) => (
          <div key={message.id} class={`msg ${message.from}`} data-state={stateOf(message)} data-seq={message.seq}>
            <span class="sr">{`${say(message.from === 'agent' ? 'fromAgent' : 'fromYou')} `}</span>
            <p>{linkify(message.text)}</p>
            {message.from === 'visitor' && <span class="meta">{say(STATE_TEXT[stateOf(message)])}</span>}
          </div>
        ))}
      </div>
      <p class="typing" aria-live="polite">
        {snap.agentTyping ? say('agentTyping') : ''}
      </p>
      <form
        class="composer"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label for="heed-chat-message">{say('message')}</label>
        <textarea
          id="heed-chat-message"
          rows={2}
          maxLength={4000}
          value={draft}
          aria-describedby="heed-chat-hint"
          onInput={(event) => onInput((event.target as HTMLTextAreaElement).value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
              event.preventDefault();
              submit();
            }
          }}
        />
        <span id="heed-chat-hint" class="sr">
          {say('enterHint')}
        </span>
        <button type="submit" class="action">
          {say('send')}
        </button>
      </form>
    </section>
  );
}
