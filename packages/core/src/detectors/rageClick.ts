import { defineDetector } from './defineDetector.js';
import { clickTarget, describe } from './describe.js';

/**
 * Clicks that are normal in quick succession: typing into fields, steppers (the field, and the −/+
 * buttons right beside it), pagination.
 */
const EXEMPT =
  'input:not([type=button],[type=submit],[type=reset],[type=image]),textarea,select,[role=spinbutton],[role=slider],:is([type=number],[role=spinbutton])+*,:has(+:is([type=number],[role=spinbutton])),[contenteditable],[aria-label*=pagination i] *,.pagination *,[rel=next],[rel=prev]';

/**
 * rage-click: `clicks` clicks (default 3), each within `intervalMs` of the last and `radiusPx` of
 * the first, on the same target. Double/triple-click to select text is not rage.
 */
export const rageClick = defineDetector({
  name: 'rage-click',
  start({ config, listen, emit }) {
    const { clicks, intervalMs, radiusPx } = config.signals.rageClick;
    // Click times come from performance.now(), like every timing in Heed, so fake clocks control them.
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
      else if (burst.length === clicks) emit('rage-click', { element: describe(el), clicks }, { anchor: el });
    });
  },
});
