import type { TabState } from './storage/tabState.js';

/**
 * Whether the visitor is active or typing (README, "Signals and the need model"): active = a
 * pointer move, click, key, wheel, touch, or a scroll that follows one, in the last
 * `signals.dwell.activeSeconds` while the document is visible; typing = a key press in an editable
 * element within the last 1.5 s. The listener is passive and only stores timestamps. Times come
 * from Date.now(), which fake clocks in tests control.
 */
export interface Activity {
  /** True while the visitor counts as active. */
  isActive(): boolean;
  /** True within 1.5 s of a key press in an editable element. */
  isTyping(): boolean;
  /** True within 1 s of a scroll, or while a pointer is held down (dragging, selecting). */
  isBusy(): boolean;
  /** Milliseconds of active time on this page so far. */
  activeMs(): number;
  /** Milliseconds of active time on the site in this tab, across page loads. */
  siteMs(): number;
  stop(): void;
}

/** An element whose key presses are typing: text fields, text areas, contenteditable. */
const isEditable = (node: EventTarget | null | undefined): boolean => {
  const el = node as HTMLInputElement | null;
  return !!el && (el.isContentEditable || el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && !/^(button|submit|reset|checkbox|radio|range|color|file|image)$/.test(el.type)));
};

const EVENTS = ['pointermove', 'pointerdown', 'pointerup', 'pointercancel', 'keydown', 'scroll', 'wheel', 'touchstart'];
/** How long after an input a scroll (a fling, a smooth scroll, a key's scroll) still counts as the visitor's. */
const SCROLL_AFTER_INPUT_MS = 3000;

export function createActivity(windowMs: number, tab: TabState): Activity {
  let last = 0;
  // The last input that was not a scroll: only the visitor makes those.
  let input = 0;
  let typed = 0;
  let scrolled = 0;
  let down = false;
  let total = 0;
  const now = Date.now;
  const visible = () => document.visibilityState !== 'hidden';
  const gap = () => (last ? Math.min(now() - last, windowMs) : 0);
  const onInput = (event: Event) => {
    const type = event.type;
    if (type === 'pointerup' || type === 'pointercancel') return void (down = false);
    if (!visible()) return;
    // A scroll is the visitor's only right after their own wheel, key, touch or pointer input (or
    // while they drag a scrollbar): a carousel or ticker scrolling by itself keeps nobody active.
    if (type === 'scroll' && !down && now() - input > SCROLL_AFTER_INPUT_MS) return;
    // Each input keeps the visitor active for windowMs; overlapping windows count once.
    total += gap();
    last = now();
    if (type !== 'scroll') input = last;
    if (type === 'pointerdown') down = true;
    if (type === 'scroll' || type === 'wheel') scrolled = last;
    if (type === 'keydown' && isEditable(event.composedPath()[0])) typed = last;
  };
  // A number or nothing: a stored "abc" made the sum a string, and the entry rule never held (issue #16).
  const carried = tab.get('active', 0)!;
  const save = () => tab.set('active', carried + total + gap());
  const options = { passive: true, capture: true };
  for (const type of EVENTS) addEventListener(type, onInput, options);
  addEventListener('pagehide', save);
  return {
    isActive: () => visible() && now() - last < windowMs,
    isTyping: () => now() - typed < 1500,
    isBusy: () => down || now() - scrolled < 1000,
    activeMs: () => total + gap(),
    siteMs: () => carried + total + gap(),
    stop() {
      for (const type of EVENTS) removeEventListener(type, onInput, options);
      removeEventListener('pagehide', save);
    },
  };
}
