/**
 * Interactive elements: what a visitor expects to react to a click. The one definition for every
 * detector; each detector's own exclusions (text fields for rage-click, links that open elsewhere
 * for dead-click) live next to it. `[tabindex]` is not here: it makes an element focusable (a
 * scrollable region, a dialog taking focus), not clickable.
 */
export const INTERACTIVE = 'a[href],button,input,select,textarea,summary,label,[role=button],[role=link],[role=tab],[role=menuitem],[onclick]';

/** Fields a click goes into rather than operates: clicking them again and again is normal. */
export const FIELD = 'input:not([type=button],[type=submit],[type=reset],[type=image]),textarea,select,[contenteditable]';

/** The element a click was meant for: the nearest interactive ancestor, else the target itself. */
export const clickTarget = (event: Event): Element => {
  const target = event.composedPath()[0] as Element;
  return (target.closest?.(INTERACTIVE) || target) as Element;
};
