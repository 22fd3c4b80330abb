import type { HeedInternals, PanelView } from '@heed/core';

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

export function ChatView({ internals }: ViewProps) {
  const { chat } = internals.config();
  return chat.provider === 'none' ? (
    <p class="muted">Live chat is not set up on this site.</p>
  ) : (
    <p class="muted">Connecting to chat…</p>
  );
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
