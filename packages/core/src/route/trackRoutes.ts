import type { PageEvent } from '../types.js';
import type { TabState } from '../storage/tabState.js';
import { emptyStack, pushEntry, replaceEntry, traverseTo, type NavStack } from './navStack.js';
import { pageKey } from './pageKey.js';

/** Follows page loads and SPA route changes, with a direction for back/forward. */
export interface RouteTracker {
  /** The current page. */
  current(): PageEvent;
  /** Report a route change Heed could not see (`heed.page()`). */
  report(url: string): void;
  stop(): void;
}

type Navigation = EventTarget & { currentEntry?: { index: number } };
type NavigationType = PageEvent['navigation'];

/**
 * Starts tracking. Uses the Navigation API where the browser has it (it sees every same-document
 * navigation, hash routers included), else wraps `pushState`/`replaceState` and listens to
 * `popstate`/`hashchange`. Direction comes from Heed's own per-tab URL list (navStack).
 */
export function trackRoutes(tab: TabState, onPage: (event: PageEvent) => void): RouteTracker {
  const navigation = (globalThis as { navigation?: Navigation }).navigation;
  const index = () => navigation?.currentEntry?.index;
  // Read through a shape check: another script or an old version may have left anything there.
  const saved = tab.get<NavStack>('nav');
  let stack: NavStack = saved && Array.isArray(saved.urls) && typeof saved.i === 'number' ? saved : emptyStack();
  let current: PageEvent;
  const undo: Array<() => void> = [];
  const listen = (target: EventTarget, type: string, handler: (event: Event) => void) => {
    target.addEventListener(type, handler);
    undo.push(() => target.removeEventListener(type, handler));
  };

  const go = (navigation: NavigationType, url = location.href, force?: boolean, announced = navigation) => {
    let direction: PageEvent['direction'];
    if (navigation === 'traverse') ({ stack, direction } = traverseTo(stack, url, index()));
    else if (navigation !== 'reload') stack = (navigation === 'replace' ? replaceEntry : pushEntry)(stack, url, index());
    tab.set('nav', stack);
    // `url` is always absolute (location.href, or resolved by report()): no base needed.
    const page = pageKey(url);
    // Same page (a query or anchor change): not a new page for the detectors.
    if (force || page !== current?.page) onPage((current = { url, page, from: current?.page, navigation: announced, direction, at: Date.now() }));
    else current.url = url;
  };

  const loadType = (performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined)?.type;
  if (loadType === 'back_forward' && stack.i >= 0) go('traverse', undefined, true);
  else if (loadType === 'reload' && stack.urls[stack.i] === location.href) go('reload', undefined, true);
  else {
    go('push', undefined, true, 'load');
  }

  // Restored from the back/forward cache: the script does not run again, so this is the only sign.
  listen(window, 'pageshow', (event) => (event as PageTransitionEvent).persisted && go('traverse', undefined, true));

  if (navigation?.currentEntry) {
    listen(navigation, 'currententrychange', (event) => {
      const type = (event as Event & { navigationType: NavigationType | null }).navigationType;
      if (type) go(type);
    });
  } else {
    for (const name of ['pushState', 'replaceState'] as const) {
      const original = history[name];
      // Never wrap what the page removed or replaced with a non-function: its own feature check
      // must keep seeing that. A frozen `history` cannot be wrapped; popstate still works.
      if (typeof original !== 'function') continue;
      const wrapper = function (this: History, ...args: Parameters<History['pushState']>) {
        original.apply(this, args);
        if (undo.length) go(name === 'pushState' ? 'push' : 'replace');
      };
      try {
        history[name] = wrapper;
      } catch {
        continue;
      }
      // Another script may have wrapped ours since; then ours stays in the chain, switched off.
      undo.push(() => history[name] === wrapper && (history[name] = original));
    }
    // popstate and hashchange both fire for a hash link as well as for Back: a URL seen before in
    // this tab is a traversal, an unseen one a new entry.
    const onPop = () => location.href !== current.url && go(stack.urls.includes(location.href) ? 'traverse' : 'push');
    listen(window, 'popstate', onPop);
    listen(window, 'hashchange', onPop);
  }

  return {
    current: () => current,
    report: (url) => go('push', new URL(url, location.href).href),
    stop() {
      while (undo.length) undo.pop()!();
    },
  };
}
