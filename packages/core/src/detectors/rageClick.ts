import { defineDetector } from './defineDetector.js';
import { clickTarget, FIELD } from './shared/clickTarget.js';
import { elementName } from './shared/elementName.js';
import { watchNearby } from './shared/watchNearby.js';

/**
 * Clicks that are normal in quick succession: into fields, on steppers (the field, and the −/+
 * buttons right beside it: a field's value changes without a DOM change), on pagination.
 */
const EXEMPT = `${FIELD},[role=spinbutton],[role=slider],:is([type=number],[role=spinbutton])+*,:has(+:is([type=number],[role=spinbutton])),[aria-label*=pagination i] *,.pagination *,[rel=next],[rel=prev]`;

/**
 * rage-click: `clicks` clicks (default 3), each within `intervalMs` of the last and `radiusPx` of
 * the first, on the same target, none of them answered. Double/triple-click to select text is not
 * rage, and neither are fast clicks on a control that visibly answers each one — a gallery's "Next
 * image", a carousel, "load more": a click the page answered before the next one (a DOM change
 * near the control or a node added to `<body>`, or a scroll) starts the count again. Changes
 * inside the control itself (a ripple, a pressed state) are decoration, not an answer.
 */
export const rageClick = defineDetector({
  name: 'rage-click',
  start({ config, listen, later, emit }) {
    const { clicks, intervalMs, radiusPx } = config.signals.rageClick;
    // Click times from performance.now(): fake clocks in tests control it as they do Date.now().
    let burst: Array<{ x: number; y: number; at: number }> = [];
    let target: Element | undefined;
    let answered = false;
    let nearby: MutationObserver | undefined;
    listen(window, 'scroll', () => (answered = true));
    listen(document, 'click', (event) => {
      const { clientX: x, clientY: y } = event as MouseEvent;
      const el = clickTarget(event);
      const last = burst[burst.length - 1];
      const selecting = getSelection()?.isCollapsed === false;
      const at = performance.now();
      if (answered || !last || el !== target || at - last.at > intervalMs || Math.hypot(x - burst[0].x, y - burst[0].y) > radiusPx) burst = [];
      target = el;
      burst.push({ x, y, at });
      nearby?.disconnect();
      answered = false;
      if (selecting || el.matches(EXEMPT)) burst = [];
      else if (burst.length === clicks) emit('rage-click', { element: elementName(el), clicks }, { anchor: el });
      else {
        // Watched until the next click, for `intervalMs` at most: a later click starts a new burst anyway.
        const watch = (nearby = watchNearby(el, (records) => (answered ||= records.some((record) => !el.contains(record.target)))));
        later(() => watch.disconnect(), intervalMs);
      }
    });
  },
});
