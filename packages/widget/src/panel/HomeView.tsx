import type { PanelView } from '@heed/core';
import type { HeedInternals } from '@heed/core/internal';

export interface HomeViewProps {
  internals: HeedInternals;
  onNavigate(view: PanelView): void;
}

/** The first view: the ways to get help that this site offers. */
export function HomeView({ internals, onNavigate }: HomeViewProps) {
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
