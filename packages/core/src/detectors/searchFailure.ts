import { defineDetector } from './defineDetector.js';
import { onSettledQuery } from './shared/settledQueries.js';
import { ANY_CHANGE } from './shared/watchNearby.js';

const isVisible = (el: Element): boolean => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';

/**
 * search-failure: a settled query whose results, once they stop changing (`quietMs` without a
 * mutation of the results container or the empty state, or `maxWaitMs` at most), show the `empty`
 * state or nothing visible. A typed query is judged only if the site answered it (the results or
 * the empty state changed since the visitor began typing it): a search-as-you-type box that did
 * not search must not count. A query the visitor asked for (Enter, submit, a results page loaded
 * with the query in its URL) is judged even if nothing changed: a second failed search under a
 * static "no results" message that is already showing changes nothing at all.
 * `heed.signal('search-failure', { query })` reports one directly.
 */
export const searchFailure = defineDetector({
  name: 'search-failure',
  start(context) {
    const { later, emit } = context;
    const { input, results, empty, quietMs, maxWaitMs } = context.config.signals.search;
    if (!results && !empty) return;
    const find = () => (results ? document.querySelector(results) : null);
    let container: Element | null = null;
    let watching = false;
    let changed = false;
    let quiet = () => {};
    let cancel = () => {};
    const observer = new MutationObserver(() => ((changed = true), quiet()));
    // Watched from the first keystroke: a search-as-you-type box may answer before the query settles.
    const watch = () => {
      if (watching) return;
      watching = true;
      container = find();
      for (const el of [container, ...(empty ? document.querySelectorAll(empty) : [])]) if (el) observer.observe(el, ANY_CHANGE);
    };
    onSettledQuery(context, (query, origin) => {
      cancel();
      watch();
      const judge = () => {
        cancel();
        observer.disconnect();
        watching = false;
        const now = find();
        const searched = changed || origin !== 'typed' || now !== container;
        changed = false;
        if (!searched) return;
        const emptyShown = !!empty && [...document.querySelectorAll(empty)].some(isVisible);
        const nothing = !!now && ![...now.children].some(isVisible) && !now.textContent!.trim();
        if (emptyShown || nothing) emit('search-failure', { query }, { anchor: input ? document.querySelector(input) : null });
      };
      // Until the first change the site may still be searching (a slow API): only `maxWaitMs` then.
      let cancelQuiet = changed || origin == 'url' ? later(judge, quietMs) : () => {};
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
    }, watch);
    return () => observer.disconnect();
  },
});
