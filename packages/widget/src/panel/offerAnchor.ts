import type { SignalEvent } from '@heed/core';
import type { HeedInternals } from '@heed/core/internal';

const SEARCH = new Set(['search-failure', 'search-refine']);

const shown = (el: Element | null | undefined): el is Element => !!el?.isConnected && el.getClientRects().length > 0;

/**
 * Where the struggle behind an offer happened, latest first, limited to what is on screen now.
 * A signal's own element when its detector recorded one and it is still there. A search signal
 * carried over from an earlier page (its element belonged to that page) or whose box an app has
 * since re-rendered still happened in the search box: the search box of this page.
 */
export function offerAnchors(reasons: SignalEvent[], internals: HeedInternals): Element[] {
  const found: Element[] = [];
  for (const signal of [...reasons].reverse()) {
    let el: Element | null | undefined = internals.anchorOf(signal);
    if (!shown(el) && SEARCH.has(signal.type)) {
      try {
        el = document.querySelector(internals.config().signals.search.input);
      } catch {
        el = null;
      }
    }
    if (shown(el) && !found.includes(el)) found.push(el);
  }
  return found;
}
