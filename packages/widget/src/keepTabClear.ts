/**
 * Keeps the tab off what the visitor needs (issue #15): the page's own fixed elements (`ui.avoid`:
 * a cookie banner, a sticky "Buy" bar, the site's chat button) and the element that has focus
 * (WCAG 2.4.11, focus not obscured). The tab only moves up its own edge, never over the middle of
 * the page, and never above the top of the viewport.
 *
 * It starts with the tab in the npm packages and a per-site heed.js (mountTab's `keepClear`): a cookie banner
 * is on screen at the first page view, long before any need. The generic heed.js has no room for its
 * 0.26 KB and leaves it to the panel's chunk (README, "The tab").
 *
 * It runs on events, not on a timer: scroll, resize (the on-screen keyboard resizes the visual
 * viewport), focus moving, a click (a banner dismissed), each at most once a frame, and 1 s after
 * mounting, when a late banner has usually appeared. Each run reads a few rectangles and writes one
 * `translate`.
 */
export function keepTabClear(tab: HTMLElement, host: Element, avoid: () => string | undefined): () => void {
  let lift = 0;
  let frame = 0;
  const place = () => {
    frame = 0;
    const { left, right, top, bottom } = tab.getBoundingClientRect();
    // Where the tab would be unmoved; how far up it must go.
    const low = bottom + lift;
    let next = 0;
    const others = [...document.querySelectorAll(avoid() || ':not(*)'), document.activeElement];
    // Twice over: clearing the cookie banner may put the tab on the sticky bar above it.
    for (const el of [...others, ...others]) {
      const box = el && el !== host && el.getBoundingClientRect();
      // Something taller than half the screen (the body, a focused text area) cannot be cleared by moving up.
      if (box && box.height < innerHeight / 2 && box.left < right && box.right > left && box.top < low - next && box.bottom > top + lift - next) next = low - box.top + 8;
    }
    lift = Math.max(0, Math.min(next, top + lift - 8));
    tab.style.translate = lift ? `0 ${-lift}px` : '';
  };
  const stop = new AbortController();
  const soon = () => void (stop.signal.aborted || (frame ||= requestAnimationFrame(place)));
  for (const type of ['scroll', 'resize', 'focusin', 'focusout', 'click']) addEventListener(type, soon, { capture: true, passive: true, signal: stop.signal });
  visualViewport?.addEventListener('resize', soon, stop);
  soon();
  const late = setTimeout(soon, 1000);
  // destroy() leaves no timer behind (e2e/tests/destroy-leaves-nothing-behind.spec.ts).
  return () => {
    stop.abort();
    clearTimeout(late);
    cancelAnimationFrame(frame);
  };
}
