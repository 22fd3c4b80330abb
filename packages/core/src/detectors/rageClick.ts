import { defineDetector } from './defineDetector.js';
import { clickTarget, FIELD } from './shared/clickTarget.js';
import { elementName } from './shared/elementName.js';

/**
 * Clicks that are normal in quick succession: into fields, on steppers (the field, and the −/+
 * buttons right beside it), on pagination.
 */
const EXEMPT = `${FIELD},[role=spinbutton],[role=slider],:is([type=number],[role=spinbutton])+*,:has(+:is([type=number],[role=spinbutton])),[aria-label*=pagination i] *,.pagination *,[rel=next],[rel=prev]`;

/**
 * rage-click: `clicks` clicks (default 3), each within `intervalMs` of the last and `radiusPx` of
 * the first, on the same target. Double/triple-click to select text is not rage.
 */
export const rageClick = defineDetector({
  name: 'rage-click',
  start({ config, listen, emit }) {
    const { clicks, intervalMs, radiusPx } = config.signals.rageClick;
    // Click times from performance.now(): fake clocks in tests control it as they do Date.now().
    let burst: Array<{ x: number; y: number; at: number }> = [];
    let target: Element | undefined;
    listen(document, 'click', (event) => {
      const click = event as MouseEvent;
      const el = clickTarget(click);
      const last = burst[burst.length - 1];
      const selecting = getSelection()?.isCollapsed === false;
      const at = performance.now();
      if (!last || el !== target || at - last.at > intervalMs || Math.hypot(click.clientX - burst[0].x, click.clientY - burst[0].y) > radiusPx) burst = [];
      target = el;
      burst.push({ x: click.clientX, y: click.clientY, at });
      if (selecting || el.matches(EXEMPT)) burst = [];
      else if (burst.length === clicks) emit('rage-click', { element: elementName(el), clicks }, { anchor: el });
    });
  },
});
