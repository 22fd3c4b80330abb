import type { PanelView } from '@heed/core';
import { availableHelp, type HeedInternals } from '@heed/core/internal';
import { NOTHING_SET_UP, tellOwner } from './ownerNotice.js';
import { useSay } from '../i18n/context.js';

export interface HomeViewProps {
  internals: HeedInternals;
  onNavigate(view: PanelView): void;
}

/** The first view: the ways to get help that this site offers, and only those. */
export function HomeView({ internals, onNavigate }: HomeViewProps) {
  const help = availableHelp(internals.config());
  const say = useSay();
  const options: Array<[PanelView, string]> = [];
  if (help.articles) options.push(['articles', say('browseArticles')]);
  if (help.chat) options.push(['chat', say('chatTitle')]);
  if (help.experts) options.push(['expert', say('expertTitle')]);
  // The visitor hears what is true for them; why it is so is the owner's business (the console).
  if (!options.length) tellOwner(NOTHING_SET_UP);
  return (
    <section aria-label={say('ways')}>
      {options.length ? (
        // One under the other, all as wide as the panel: the ways to get help read as a list of equals.
        <div class="choices">
          {/* Array.from, not options.map: the way into help must open even on a page that broke Array.prototype.map. */}
          {Array.from(options, ([view, label]) => (
            <button type="button" class="action" key={view} onClick={() => onNavigate(view)}>
              {label}
            </button>
          ))}
        </div>
      ) : (
        <p class="muted">{say('noHelp')}</p>
      )}
    </section>
  );
}
