import { defineDetector } from './defineDetector.js';
import { watchQueries } from './watchQueries.js';

export const isVisible = (el: Element): boolean => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';

/**
 * search-failure: a settled query whose results, once they stop changing (`quietMs` without a
 * mutation of the results container, or `maxWaitMs` at most), show the `empty` state or nothing
 * visible. A typed or submitted query is judged only if the results actually changed (the site
 * searched); a results page loaded with the query in its URL is judged as it renders.
 * `heed.signal('search-failure', { query })` reports one directly.
 */
export const searchFailure = defineDetector({
  name: 'search-failure',
  start(context) {
    const { later, emit } = context;
    const { results, empty, quietMs, maxWaitMs } = context.config.signals.search;
    if (!results && !empty) return;
    let stop = () => {};
    watchQueries(context, (query, origin) => {
      stop();
      const container = results ? document.querySelector(results) : null;
      let changed = origin === 'url';
      const judge = () => {
        stop();
        const now = results ? document.querySelector(results) : null;
        if (!changed && now === container) return;
        const emptyShown = !!empty && [...document.querySelectorAll(empty)].some(isVisible);
        const nothing = !!now && ![...now.children].some(isVisible) && !now.textContent!.trim();
        if (emptyShown || nothing) emit('search-failure', { query });
      };
      let cancelQuiet = later(judge, quietMs);
      const cancelMax = later(judge, maxWaitMs);
      const observer = new MutationObserver(() => {
        changed = true;
        cancelQuiet();
        cancelQuiet = later(judge, quietMs);
      });
      if (container) observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true });
      stop = () => {
        observer.disconnect();
        cancelQuiet();
        cancelMax();
      };
    });
  },
});
