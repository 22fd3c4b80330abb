import { defineDetector } from './defineDetector.js';
import { clickTarget, FIELD, INTERACTIVE } from './shared/clickTarget.js';
import { elementName } from './shared/elementName.js';
import { watchNearby } from './shared/watchNearby.js';

/**
 * Clicks dead-click does not judge. A field (or its label) takes focus or toggles, it is not
 * expected to change the page; a link opened in another tab or window, or a download, changes
 * nothing on this page; ctrl/meta/shift-clicks do the same.
 */
const NOT_JUDGED = `${FIELD},label,a[target],a[download]`;

/** What counts as the page answering a click, besides a DOM change nearby (see watchNearby). */
const ANSWERS = ['scroll', 'focusin', 'input', 'change', 'submit', 'pagehide'];

/**
 * dead-click: a click on an interactive element followed, for `waitMs` (default 3 s), by no DOM
 * change near it or at the top of `<body>`, navigation, request, scroll, focus change or form
 * input. A slow button that answers at 2 s is fine. Only one click is watched at a time, and only
 * for `waitMs`: nothing is observed when idle. A newer click ends the watch of the previous one,
 * which then counts as answered (a double click, a burst: rage-click judges those).
 */
export const deadClick = defineDetector({
  name: 'dead-click',
  start({ config, listen, later, on, emit }) {
    const { waitMs } = config.signals.deadClick;
    // `answer` belongs to the click being watched and does nothing between watches; the listeners
    // calling it stay registered (passive), which costs less than adding and removing them per click.
    let answer = () => {};
    let stop = () => {};
    const answerWatched = () => answer();
    for (const type of ANSWERS) listen(window, type, answerWatched);
    on('page', answerWatched);
    listen(document, 'click', (event) => {
      const target = clickTarget(event);
      const { ctrlKey, metaKey, shiftKey } = event as MouseEvent;
      if (ctrlKey || metaKey || shiftKey || !target.matches(INTERACTIVE) || target.matches(NOT_JUDGED)) return;
      stop();
      let answered = false;
      answer = () => void (answered = true);
      const nearby = watchNearby(target, answer);
      const requests = new PerformanceObserver(answer);
      requests.observe({ type: 'resource' });
      const cancel = later(() => {
        const dead = !answered && target.isConnected;
        stop();
        if (dead) emit('dead-click', { element: elementName(target) }, { anchor: target });
      }, waitMs);
      stop = () => {
        cancel();
        nearby.disconnect();
        requests.disconnect();
        answer = stop = () => {};
      };
    });
    return () => stop();
  },
});
