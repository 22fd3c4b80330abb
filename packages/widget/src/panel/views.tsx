import type { Heed, PanelView } from '@heed/core';
import type { HeedInternals } from '@heed/core/internal';
import { useEffect, useState } from 'preact/hooks';
import type * as ChatChunk from '../chat/chat.js';

interface ViewProps {
  internals: HeedInternals;
}

/** Articles for the current page's topic first, then the rest. */
export function ArticlesView({ internals }: ViewProps) {
  const { articles } = internals.config();
  if (!articles.length) return <p class="muted">There are no help articles on this site yet.</p>;
  return (
    <section aria-label="Help articles">
      <ul>
        {articles.map((article) => (
          <li key={article.url}>
            <a href={article.url}>{article.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ExpertView({ internals }: ViewProps) {
  const { experts } = internals.config();
  if (!experts.length) return <p class="muted">No expert teams are listed on this site.</p>;
  return (
    <ul>
      {experts.map((expert) => (
        <li key={expert.name}>
          {expert.name} <span class="muted">({expert.topic})</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Live chat. The chat itself (relay client, outbox, thread) is its own chunk, loaded when the
 * visitor opens this view; `heed` supplies the need reasons for the summary.
 */
export function ChatView({ internals, heed }: ViewProps & { heed: Heed }) {
  const { chat } = internals.config();
  const enabled = chat.provider === 'relay' && !!chat.url;
  const [chunk, setChunk] = useState<typeof ChatChunk | 'failed'>();
  useEffect(() => {
    let mounted = true;
    if (enabled)
      import('../chat/chat.js').then(
        (loaded) => mounted && setChunk(loaded),
        (error) => {
          internals.report('chunk-load', error);
          if (mounted) setChunk('failed');
        },
      );
    return () => void (mounted = false);
  }, [enabled]);
  if (!enabled) return <p class="muted">Live chat is not set up on this site.</p>;
  if (chunk === 'failed') return <p class="muted">Chat could not load. Please try again later.</p>;
  return chunk ? <chunk.ChatPanel internals={internals} heed={heed} /> : <p class="muted">Connecting to chat…</p>;
}

/** The first view: the ways to get help that this site offers. */
export function HomeView({ internals, onNavigate }: ViewProps & { onNavigate(view: PanelView): void }) {
  const { articles, experts, chat } = internals.config();
  const options: Array<[PanelView, string]> = [];
  if (articles.length) options.push(['articles', 'Browse help articles']);
  if (chat.provider !== 'none') options.push(['chat', 'Chat with us']);
  if (experts.length) options.push(['expert', 'Talk to an expert']);
  return (
    <section aria-label="Ways to get help">
      {options.length ? (
        <div class="row">
          {options.map(([view, label]) => (
            <button type="button" class="action" key={view} onClick={() => onNavigate(view)}>
              {label}
            </button>
          ))}
        </div>
      ) : (
        <p class="muted">This site has not set up help articles or chat yet.</p>
      )}
    </section>
  );
}
