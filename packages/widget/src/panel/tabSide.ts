/**
 * The page side the tab sits on, `'left'` or `'right'`. `ui.position` is logical (right and bottom
 * are the inline end, left the start), and the tab resolves it against the page's own direction,
 * which it inherits. The panel and the offer take their side from the tab, not from the visitor's
 * language: an English-laid-out page read in Arabic still has them beside the tab.
 */
export function tabSide(tab: Element, position: string): 'left' | 'right' {
  const start = position === 'left';
  return start !== (getComputedStyle(tab).direction === 'rtl') ? 'left' : 'right';
}
