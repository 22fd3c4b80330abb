import type { Heed, PanelView } from '@heed/core';
import { availableHelp, pageKey, type HeedInternals } from '@heed/core/internal';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { summarize } from '../chat/summary.js';
import type { Messenger, MessengerState } from '../providers/messenger.js';
import type { ProductContext } from '../providers/types.js';

export interface ProductChatViewProps {
  internals: HeedInternals;
  heed: Heed;
  /** The product's messenger is shown (true) or gone again: Heed's panel steps aside meanwhile. */
  onAway(away: boolean): void;
  /** The visitor closed the product's messenger: the panel closes, back to Heed's tab. */
  onClose(): void;
  onNavigate(view: PanelView): void;
}

/** What the visitor is shown, fixed when the view opens: only that is ever handed to the product. */
function contextNow(heed: Heed): ProductContext {
  const page = pageKey(location).slice(0, 2048);
  const summary = summarize(heed.state().need.reasons, page);
  const title = document.title.trim().slice(0, 300) || undefined;
  const where = `Page: ${title ? `${title} (${page})` : page}`;
  return { summary, page, title, text: summary ? `We noticed: ${summary}. ${where}` : where };
}

/**
 * Chat through the site's own chat product (`chat.provider` names it). Opening this view loads the
 * product (or attaches to the page's); the visitor sees what would be shared, chooses, and opens
 * the product's messenger. While it is open Heed's panel is out of the way; closing it comes back
 * to Heed's tab.
 */
export function ProductChatView({ internals, heed, onAway, onClose, onNavigate }: ProductChatViewProps) {
  const shown = useMemo(() => contextNow(heed), []);
  const [share, setShare] = useState(true);
  const [state, setState] = useState<MessengerState>('connecting');
  const [asked, setAsked] = useState(false);
  const messenger = useRef<Messenger>();
  const help = availableHelp(internals.config());

  useEffect(() => {
    let mounted = true;
    let off: (() => unknown) | undefined;
    let last: MessengerState = 'connecting';
    import('../providers/messenger.js').then(
      ({ messengerFor }) => {
        if (!mounted) return;
        const found = (messenger.current = messengerFor(internals));
        const follow = (next: MessengerState) => {
          if (next === 'open') onAway(true);
          // The visitor closed the product's messenger: hand back to Heed's tab.
          if (last === 'open' && next === 'ready') onClose();
          last = next;
          setState(next);
        };
        off = found.subscribe(follow);
        found.start();
        follow(found.state());
      },
      (error) => {
        internals.report('chunk-load', error);
        if (mounted) setState('failed');
      },
    );
    return () => {
      mounted = false;
      off?.();
      messenger.current?.close();
      onAway(false);
    };
  }, []);

  const open = () => {
    setAsked(true);
    messenger.current?.open(share ? shown : undefined);
  };

  if (state === 'failed')
    return (
      <section aria-label="Chat" class="chat">
        <p role="status">Chat could not load. It may be blocked in this browser, or the connection may be down.</p>
        {(help.experts || help.articles) && (
          <div class="row">
            {help.experts && (
              <button type="button" class="action" onClick={() => onNavigate('expert')}>
                Contact us another way
              </button>
            )}
            {help.articles && (
              <button type="button" class="action" onClick={() => onNavigate('articles')}>
                Browse help articles
              </button>
            )}
          </div>
        )}
      </section>
    );
  return (
    <section aria-label="Chat" class="chat">
      <div class="note">
        {shown.summary && <p>We noticed: {shown.summary}</p>}
        <p class="muted">Page: {shown.title ? `${shown.title} (${shown.page})` : shown.page}</p>
        <label>
          <input type="checkbox" checked={share} onChange={(event) => setShare((event.target as HTMLInputElement).checked)} />
          Share this with the agent
        </label>
      </div>
      <button type="button" class="action" onClick={open}>
        Open chat
      </button>
      <p role="status" class="muted">
        {state === 'connecting' ? (asked ? 'Connecting to chat… It opens in a moment.' : 'Connecting to chat…') : ''}
      </p>
    </section>
  );
}
