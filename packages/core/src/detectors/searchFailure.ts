import { defineDetector } from './defineDetector.js';
import { onSettledQuery } from './shared/settledQueries.js';

const isVisible = (el: Element): boolean => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';

/**
 * search-failure: a settled query whose results, once they stop changing (`quietMs` without a
 * mutation of the results container, or `maxWaitMs` at most), show the `empty` state or nothing
 * visible. A typed or submitted query is judged only if the results actually changed since the
 * visitor began typing it (the site searched); a results page loaded with the query in its URL
 * is judged as it renders.
 * `heed.signal('search-failure', { query })` reports one directly.
 */
export const searchFailure = defineDetector({
  name: 'search-failure',
  start(context) {
    const { later, listen, emit } = context;
    const { input, results, empty, quietMs, maxWaitMs } = context.config.signals.search;
    if (!results && !empty) return;
    const find = () => (results ? document.querySelector(results) : null);
    let container: Element | null = null;
    let changed = false;
    let quiet = () => {};
    let cancel = () => {};
    const observer = new MutationObserver(() => ((changed = true), quiet()));
    // Watched from the first keystroke: a search-as-you-type box may answer before the query settles.
    const watch = () => container || ((container = find()) && observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true }));
    listen(document, 'input', (event) => (event.target as Element).matches?.(input) && watch());
    onSettledQuery(context, (query, origin) => {
      cancel();
      watch();
      const judge = () => {
        cancel();
        observer.disconnect();
        const now = find();
        const searched = changed || origin === 'url' || now !== container;
        changed = false;
        container = null;
        if (!searched) return;
        const emptyShown = !!empty && [...document.querySelectorAll(empty)].some(isVisible);
        const nothing = !!now && ![...now.children].some(isVisible) && !now.textContent!.trim();
        if (emptyShown || nothing) emit('search-failure', { query }, { anchor: document.querySelector(input) });
      };
      let cancelQuiet = later(judge, quietMs);
      const cancelMax = later(judge, maxWaitMs);
      quiet = () => {
        cancelQuiet();
        cancelQuiet = later(judge, quietMs);
      };
      cancel = () => {
        cancelQuiet();
        cancelMax();
        quiet = () => {};
      };
    });
    return () => observer.disconnect();
  },
});
