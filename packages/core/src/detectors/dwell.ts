import { defineDetector } from './defineDetector.js';

/**
 * dwell: active time on a page above its threshold with no progress. Time counts only while the
 * tab is visible and the visitor was active in the last `activeSeconds`. Progress — a submit, a
 * navigation, reading further down (scrolling half a screen past the deepest point so far), or
 * completing a field (edited, and valid once the page has checked it) — starts the count again.
 * A slow but steady checkout is not a stall; retyping one field over and over is (each field
 * counts once). Values are never read: validity (`:invalid`, `aria-invalid`) says enough. On a page whose rule sets `dwellSeconds` the stall alone is strong
 * evidence (it reaches high need on its own); elsewhere it needs another signal.
 * No polling: one timer for the remaining time; when the visitor is idle it waits for the next input.
 */
export const dwell = defineDetector({
  name: 'dwell',
  start({ config, activity, listen, later, on, rule, page, emit }) {
    const { signals } = config;
    let base = 0;
    let deepest = 0;
    let cancel = () => {};
    let waiting = false;
    const check = () => {
      cancel();
      waiting = false;
      const own = rule()?.dwellSeconds;
      const threshold = (own || signals.dwell.seconds) * 1000;
      const left = threshold - (activity.activeMs() - base);
      if (left > 0) {
        if (activity.isActive()) cancel = later(check, left);
        else waiting = true;
        return;
      }
      emit('dwell', { page: page().page, seconds: Math.round(threshold / 1000) }, own ? { evidence: 2, weight: Math.max(signals.weights.dwell, signals.highThreshold) } : undefined);
      base = Infinity;
    };
    const restart = (scrolled: number) => {
      base = activity.activeMs();
      deepest = scrolled;
      check();
    };
    const progress = () => restart(scrollY);
    const resume = () => waiting && check();
    listen(document, 'submit', progress);
    const completed = new WeakSet<EventTarget>();
    // `change` commits an edit (text fields when left, others at once). Inline validation marks the
    // field when it loses focus, after this listener: look once the page has reacted, as form-error does.
    listen(document, 'change', ({ target }) =>
      later(() => {
        if (completed.has(target!) || (target as HTMLInputElement).validity?.valid === false || (target as Element).matches('[aria-invalid=true]')) return;
        completed.add(target!);
        progress();
      }, 100),
    );
    listen(window, 'scroll', () => {
      if (scrollY - deepest > innerHeight / 2) progress();
      else resume();
    });
    for (const type of ['pointermove', 'keydown', 'pointerdown']) listen(window, type, resume);
    on('page', progress);
    // Not scrollY: reading it while the page still loads forces a layout. A page starts at the top; a
    // restored scroll position then counts as progress once, which only restarts the clock.
    restart(0);
  },
});
