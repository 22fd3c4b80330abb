import { defineDetector } from './defineDetector.js';
import { overlaps } from './shared/queryOverlap.js';
import { onSettledQuery } from './shared/settledQueries.js';

/**
 * search-refine: a new settled query within `refineWindowSeconds` (default 5 min) that overlaps
 * the previous one (shared tokens ≥ 50 % of the shorter query's, fuzzy), with no result opened
 * in between. Opening a result = clicking a link in the results, or going to a page that is not a
 * results page. Queries the site reports with `heed.signal('search-failure', { query })` count too.
 */
export const searchRefine = defineDetector({
  name: 'search-refine',
  start(context) {
    const { config, tab, on, listen, emit, page } = context;
    const { input, results, param, refineWindowSeconds } = config.signals.search;
    const check = (query: string) => {
      const [before, at] = tab.get<[string?, number?]>('previous', [])!;
      tab.set('previous', [query, Date.now()]);
      if (typeof before == 'string' && before.toLowerCase() !== query.toLowerCase() && Date.now() - at! < refineWindowSeconds * 1000 && overlaps(before, query)) {
        emit('search-refine', { query, previous: before }, { anchor: input ? document.querySelector(input) : null });
      }
    };
    const leftResults = () => !new URL(page().url).searchParams.has(param) && tab.set('previous', null);
    // A multi-page site runs this again on every page: a page that is not a results page means a result was opened.
    leftResults();
    onSettledQuery(context, check);
    on('signal', (signal) => signal.detail.source === 'site' && signal.type === 'search-failure' && typeof signal.detail.query === 'string' && check(signal.detail.query));
    on('page', leftResults);
    listen(document, 'click', (event) => results && (event.target as Element).closest?.(`:is(${results}) a[href]`) && tab.set('previous', null));
  },
});
