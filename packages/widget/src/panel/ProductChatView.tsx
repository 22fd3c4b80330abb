import type { Heed, PanelView } from '@heed/core';
import { availableHelp, pageKey, type HeedInternals } from '@heed/core/internal';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { summarize } from '../chat/summary.js';
import type { Messenger, MessengerState } from '../providers/messenger.js';
import type { ProductContext } from '../providers/types.js';
import { useSay } from '../i18n/context.js';
import type { Say } from '../i18n/say.js';

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
function contextNow(heed: Heed, say: Say): ProductContext {
  const page = pageKey(location).slice(0, 2048);
  const summary = summarize(heed.state().need.reasons, page, say);
  const title = document.title.trim().slice(0, 300) || undefined;
  const where = say('pageShown', { page: title ? say('pageTitled', { title, page }) : page });
  return { summary, page, title, text: summary ? `${say('noticed', { summary })}. ${where}` : where };
}

/**
 * Chat through the site's own chat product (`chat.provider` names it). Opening this view loads the
 * product (or attaches to the page's); the visitor sees what would be shared, chooses, and opens
 * the product's messenger. While it is open Heed's panel is out of the way; closing it comes back
 * to Heed's tab.
 */
export function ProductChatView({ internals, heed, onAway, onClose, onNavigate }: ProductChatViewProps) {
  const say = useSay();
  const shown = useMemo(() => contextNow(heed, say), []);
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
      <section aria-label={say('chat')} class="chat">
        <p role="status">{say('productFailed')}</p>
        {(help.experts || help.articles) && (
          <div class="row">
            {help.experts && (
              <button type="button" class="action" onClick={() => onNavigate('expert')}>
                {say('otherWay')}
              </button>
            )}
            {help.articles && (
              <button type="button" class="action" onClick={() => onNavigate('articles')}>
                {say('browseArticles')}
              </button>
            )}
          </div>
        )}
      </section>
    );
  return (
    <section aria-label={say('chat')} class="chat">
      <div class="note">
        {shown.summary && <p>{say('noticed', { summary: shown.summary })}</p>}
        <p class="muted">{say('pageShown', { page: shown.title ? say('pageTitled', { title: shown.title, page: shown.page }) : shown.page })}</p>
        <label>
          <input type="checkbox" checked={share} onChange={(event) => setShare((event.target as HTMLInputElement).checked)} />
          {say('shareWithAgent')}
        </label>
      </div>
      <button type="button" class="action" onClick={open}>
        {say('openChat')}
      </button>
      <p role="status" class="muted">
        {state === 'connecting' ? say(asked ? 'openingSoon' : 'chatConnecting') : ''}
      </p>
    </section>
  );
}
