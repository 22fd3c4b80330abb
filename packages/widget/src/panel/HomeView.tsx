import type { PanelView } from '@heed/core';
import { availableHelp, type HeedInternals } from '@heed/core/internal';
import { NOTHING_SET_UP, tellOwner } from './ownerNotice.js';

export interface HomeViewProps {
  internals: HeedInternals;
  onNavigate(view: PanelView): void;
}

/** The first view: the ways to get help that this site offers, and only those. */
export function HomeView({ internals, onNavigate }: HomeViewProps) {
  const help = availableHelp(internals.config());
  const options: Array<[PanelView, string]> = [];
  if (help.articles) options.push(['articles', 'Browse help articles']);
  if (help.chat) options.push(['chat', 'Chat with us']);
  if (help.experts) options.push(['expert', 'Talk to an expert']);
  // The visitor hears what is true for them; why it is so is the owner's business (the console).
  if (!options.length) tellOwner(NOTHING_SET_UP);
  return (
    <section aria-label="Ways to get help">
      {options.length ? (
        <div class="row">
          {/* Array.from, not options.map: the way into help must open even on a page that broke Array.prototype.map. */}
          {Array.from(options, ([view, label]) => (
            <button type="button" class="action" key={view} onClick={() => onNavigate(view)}>
              {label}
            </button>
          ))}
        </div>
      ) : (
        <p class="muted">Sorry, there is no online help on this site at the moment.</p>
      )}
    </section>
  );
}
