/**
 * Shared harness for the detector tests. Each test runs the real thing — `createHeed` with one
 * detector — on a happy-dom document, driven by real DOM events and History calls, under fake
 * timers. Files using it start with `// @vitest-environment happy-dom` and call
 * `useDetectorHarness()` once at the top level.
 *
 * Vitest 4's fake timers fake `setTimeout`, `Date.now()` *and* `performance.now()` by default
 * (the default `toFake` list includes `performance`), and happy-dom stamps `event.timeStamp` with
 * `performance.now()`, so one `vi.advanceTimersByTimeAsync()` moves every clock a detector reads.
 *
 * What happy-dom lacks, stubbed here to the minimum:
 * - `Element.getClientRects()` always returns one rect, even for `hidden` elements: the stub
 *   returns none for an element that is disconnected, or inside `[hidden]` / `style.display =
 *   'none'`, which is how the tests hide and show things.
 * - `PerformanceObserver` exists but never sees a request: a fake replaces it, and
 *   `emitResource()` hands a Resource Timing entry to every observer of `resource` entries.
 * - `performance.getEntriesByType('navigation')` is empty: `loadPage(url, type)` stubs it to say
 *   how a multi-page site's page was loaded (`navigate`, `reload`, `back_forward`).
 * - happy-dom's selector parser takes the case-insensitive flag only after a quoted value
 *   (`[aria-label*="pagination" i]`); browsers also take `[aria-label*=pagination i]`, which
 *   rage-click uses, and happy-dom then matches nothing of the whole selector list. `matches()`
 *   and `closest()` get the value quoted before happy-dom parses it.
 * - happy-dom follows a link when a click is dispatched on an `<a href>` (it fetches the URL from
 *   a server that is not there). A bubbling listener cancels the default action of every click,
 *   so the page stays put and tests model navigation with History calls or `loadPage()`.
 * `composedPath()`, `getSelection()`, `MutationObserver`, `history` (synchronous `popstate`),
 * `sessionStorage` and `scrollTo()`/`scrollY` work as they are. There is no Navigation API, so
 * route tracking takes its History fallback.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import type { HeedConfig } from '../../src/config/configTypes';
import { createHeed } from '../../src/createHeed';
import type { Detector } from '../../src/detectors/defineDetector';
import type { Heed, SignalEvent } from '../../src/types';

/** 2025-03-03 10:00 UTC, a Monday: a fixed wall clock for every test. */
export const START = Date.UTC(2025, 2, 3, 10);

export interface Running {
  heed: Heed;
  /** Every `signal` event so far, in order. */
  signals: SignalEvent[];
}

let running: Heed | undefined;
const stayOnPage = (event: Event) => event.preventDefault();
let lastStart: { detectors: Detector[]; config: HeedConfig } | undefined;

type Observer = { callback: PerformanceObserverCallback; types: Set<string>; self: PerformanceObserver };
const observers = new Set<Observer>();

/** Stand-in for `PerformanceObserver` that only hears `emitResource()`. */
class FakePerformanceObserver {
  static readonly supportedEntryTypes = ['resource', 'navigation'];
  readonly #me: Observer;
  constructor(callback: PerformanceObserverCallback) {
    this.#me = { callback, types: new Set(), self: this as unknown as PerformanceObserver };
  }
  observe(options: PerformanceObserverInit) {
    for (const type of options.entryTypes ?? [options.type!]) this.#me.types.add(type);
    observers.add(this.#me);
  }
  disconnect() {
    observers.delete(this.#me);
  }
  takeRecords() {
    return [];
  }
}

/** A request finished: tells every observer of `resource` entries (the URL is made absolute). */
export function emitResource(entry: { name: string; responseStatus?: number; startTime?: number }) {
  const full = { entryType: 'resource', duration: 5, startTime: performance.now(), responseStatus: 200, ...entry, name: new URL(entry.name, location.href).href };
  const list = { getEntries: () => [full], getEntriesByType: () => [full], getEntriesByName: () => [full] } as unknown as PerformanceObserverEntryList;
  for (const observer of [...observers]) if (observer.types.has('resource')) observer.callback(list, observer.self);
}

const rendered = (el: Element): boolean => {
  if (!el.isConnected) return false;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || (node as HTMLElement).style?.display === 'none') return false;
  }
  return true;
};

/** `[attr*=value i]` → `[attr*="value" i]`, which happy-dom can parse; same meaning in CSS. */
const quoteFlagged = (selector: string) => selector.replace(/([~|^$*]?=)([\w-]+) ([is])\]/g, '$1"$2" $3]');
const { matches, closest } = Element.prototype;
const entriesByType = performance.getEntriesByType.bind(performance);

/** Registers the per-test setup and teardown. Call once at the top of a test file. */
export function useDetectorHarness() {
  beforeEach(() => {
    vi.useFakeTimers({ now: START });
    vi.stubGlobal('PerformanceObserver', FakePerformanceObserver);
    vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
      return (rendered(this) ? [this.getBoundingClientRect()] : []) as unknown as DOMRectList;
    });
    vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, selector: string) {
      return matches.call(this, quoteFlagged(selector));
    });
    vi.spyOn(Element.prototype, 'closest').mockImplementation(function (this: Element, selector: string) {
      return closest.call(this, quoteFlagged(selector));
    });
    addEventListener('click', stayOnPage);
    document.body.innerHTML = '';
    sessionStorage.clear();
    history.replaceState(null, '', '/');
    scrollTo(0, 0);
  });
  afterEach(() => {
    running?.destroy();
    running = undefined;
    lastStart = undefined;
    observers.clear();
    removeEventListener('click', stayOnPage);
    getSelection()?.removeAllRanges();
    delete (document as { visibilityState?: unknown }).visibilityState;
    document.body.innerHTML = '';
    sessionStorage.clear();
    history.replaceState(null, '', '/');
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
}

/**
 * Starts Heed with `detectors` on the current document and URL (set it first with `html()` and
 * `history.replaceState`). Returns the instance and the list its `signal` events land in.
 */
export async function start(detectors: Detector | Detector[], config: HeedConfig = {}): Promise<Running> {
  running?.destroy();
  const list = Array.isArray(detectors) ? detectors : [detectors];
  lastStart = { detectors: list, config };
  const heed = (running = createHeed(config, { detectors: list }));
  const signals: SignalEvent[] = [];
  heed.on('signal', (signal) => void signals.push(signal));
  await heed.ready;
  return { heed, signals };
}

/**
 * A multi-page site loads `url`: the running instance goes away with the old page, the new page
 * starts the same detectors with the same config, per-tab state survives in sessionStorage, and
 * Navigation Timing says how the page was reached (`navigate`, `reload`, `back_forward`).
 */
export async function loadPage(url: string, type: NavigationTimingType = 'navigate', markup = ''): Promise<Running> {
  if (!lastStart) throw new Error('loadPage() needs a start() first');
  const { detectors, config } = lastStart;
  running?.destroy();
  running = undefined;
  document.body.innerHTML = markup;
  history.replaceState(null, '', url);
  vi.spyOn(performance, 'getEntriesByType').mockImplementation((kind: string) => (kind === 'navigation' ? ([{ type }] as unknown as PerformanceEntryList) : entriesByType(kind)));
  return start(detectors, config);
}

/** Replaces the page body. */
export function html(markup: string) {
  document.body.innerHTML = markup;
}

/** The element matching `selector`; throws when there is none. */
export function $<T extends Element = HTMLElement>(selector: string): T {
  const el = document.querySelector<T>(selector as never);
  if (!el) throw new Error(`no element matches ${selector}`);
  return el as T;
}

/** A real click at (x, y) on `el`, bubbling and composed like a browser's. */
export function click(el: Element, x = 10, y = 10) {
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y }));
}

/** Moves every fake clock by `ms`, running due timers and the microtasks (MutationObserver) between them. */
export const tick = (ms: number) => vi.advanceTimersByTimeAsync(ms);

/** Runs pending microtasks (MutationObserver callbacks) without moving the clock. */
export const flush = () => vi.advanceTimersByTimeAsync(0);

/** The visitor moves the pointer (activity). */
export function moveMouse(target: EventTarget = document.body) {
  target.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
}

/** Types `text` into `field` one letter at a time, `gapMs` apart, with real keydown and input events. */
export async function typeInto(field: HTMLInputElement, text: string, gapMs = 150) {
  for (const letter of text) {
    field.dispatchEvent(new KeyboardEvent('keydown', { key: letter, bubbles: true, composed: true }));
    field.value += letter;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await tick(gapMs);
  }
}

/** Presses Enter in `field`. */
export function pressEnter(field: Element) {
  field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
}

/** Makes the document hidden (another tab in front) or visible again. */
export function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}
