import { defineDetector } from './defineDetector.js';

interface Visit {
  page: string;
  at: number;
  touched?: boolean;
}

/**
 * back-nav: a quick back (returning within `quickSeconds` from a page where the visitor did
 * nothing), or `loopCount` back navigations within `loopSeconds`, not counting backs from a page
 * the visitor stayed on for `readSeconds` (reading, comparing). Works across page loads of a
 * multi-page site (state in session storage, per tab) and across SPA routes. One navigation
 * emits at most one signal; a loop wins over a quick back.
 */
export const backNav = defineDetector({
  name: 'back-nav',
  start({ config, tab, on, page, listen, emit }) {
    const { quickSeconds, loopCount, loopSeconds, readSeconds } = config.signals.backNav;
    const arrive = () => {
      const { page: here, direction, at } = page();
      const left = tab.get<Visit>('visit');
      tab.set('visit', { page: here, at });
      // Coming back after reading the page properly is comparison shopping, not a loop.
      if (direction !== 'back' || (left && at - left.at >= readSeconds * 1000)) return;
      const backs = [...tab.get<number[]>('backs', [])!, at].filter((t) => at - t < loopSeconds * 1000);
      tab.set('backs', backs);
      // Each back beyond the loop weighs one more: four backs in a loop reach high need on their own (README, need model).
      if (backs.length >= loopCount) emit('back-nav', { kind: 'loop', backs: backs.length, page: here }, { weight: config.signals.weights['back-nav'] * (backs.length - loopCount + 1) });
      else if (left && !left.touched && at - left.at < quickSeconds * 1000) emit('back-nav', { kind: 'quick', from: left.page, page: here });
    };
    const touch = () => {
      const visit = tab.get<Visit>('visit');
      if (visit && !visit.touched) tab.set('visit', { ...visit, touched: true });
    };
    // The visitor's own scrolling shows as wheel, key or pointer input; a `scroll` event may be the app's (a router, a carousel).
    for (const type of ['pointerdown', 'keydown', 'wheel']) listen(window, type, touch);
    on('page', arrive);
    arrive();
  },
});
