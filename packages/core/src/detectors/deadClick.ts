import { defineDetector } from './defineDetector.js';
import { describe } from './describe.js';
import { watchClicks } from './watchClicks.js';

/**
 * dead-click: a click on an interactive element followed, for `waitMs` (default 3 s), by no DOM
 * change, navigation, request, scroll or focus change. A slow button that answers at 2 s is fine.
 */
export const deadClick = defineDetector({
  name: 'dead-click',
  start(context) {
    const { waitMs } = context.config.signals.deadClick;
    return watchClicks(context, waitMs, (target, reacted) => {
      context.later(() => reacted() || !target.isConnected || context.emit('dead-click', { element: describe(target) }, { anchor: target }), waitMs);
    });
  },
});
