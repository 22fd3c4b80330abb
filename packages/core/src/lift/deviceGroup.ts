import { DRAW_KEY, groupOf, type Group } from './groupOf.js';

/**
 * This device's group for a holdout share `fraction`. The draw lives in localStorage (no cookie,
 * never sent anywhere) and is read and written only when there is a holdout: a site without one
 * stores nothing, and a draw the debug overlay forced earlier puts nobody in a holdout that no
 * longer runs. Without `persist`
 * (`privacy.storage: 'memory'`), or where localStorage throws (a sandboxed frame), the draw is made
 * again on every page view.
 */
export function deviceGroup(fraction: number, persist: boolean): Group {
  let draw: unknown = Math.random();
  try {
    // localStorage keeps the number as its string.
    if (persist && fraction) draw = localStorage[DRAW_KEY] ||= draw;
  } catch {
    // Not kept: this page view's draw.
  }
  return groupOf(draw, fraction);
}
