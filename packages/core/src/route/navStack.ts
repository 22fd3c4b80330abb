/**
 * Heed's own per-tab list of visited URLs, used to tell back from forward where the browser
 * does not say (hash routers without the Navigation API, back/forward page loads). It never
 * touches the app's `history.state`.
 */
export interface NavStack {
  urls: string[];
  /** Position of the current entry in `urls`. */
  i: number;
  /** `navigation.currentEntry.index` of the current entry, where the Navigation API exists. */
  nav?: number;
}

const MAX = 50;

export const emptyStack = (): NavStack => ({ urls: [], i: -1 });

/** A new entry after the current one; forward entries are dropped as the browser does. */
export function pushEntry(stack: NavStack, url: string, nav?: number): NavStack {
  const urls = stack.urls.slice(0, stack.i + 1).concat(url).slice(-MAX);
  return { urls, i: urls.length - 1, nav };
}

/**
 * The current entry, changed to `url`. There always is one: trackRoutes records the page it
 * starts on (push, traverse or reload all leave `i` on an entry) before it can see a replace.
 */
export function replaceEntry(stack: NavStack, url: string, nav?: number): NavStack {
  const urls = stack.urls.slice();
  urls[stack.i] = url;
  return { urls, i: stack.i, nav };
}

/**
 * Moves to `url` by a traversal and says which way it went: by the Navigation API index when
 * both sides have one, else by where `url` sits around the current entry (nearest first).
 */
export function traverseTo(stack: NavStack, url: string, nav?: number): { stack: NavStack; direction: 'back' | 'forward' } {
  let direction: 'back' | 'forward' | undefined;
  if (nav !== undefined && stack.nav !== undefined && nav !== stack.nav) {
    direction = nav < stack.nav ? 'back' : 'forward';
  }
  let target = -1;
  // Outside the list, `urls[back]` and `urls[fwd]` are undefined, never `url`.
  for (let d = 1; d <= stack.urls.length && target < 0; d++) {
    const back = stack.i - d;
    const fwd = stack.i + d;
    if (direction !== 'forward' && stack.urls[back] === url) target = back;
    else if (direction !== 'back' && stack.urls[fwd] === url) target = fwd;
  }
  direction ||= target > stack.i ? 'forward' : 'back';
  // An unknown entry (the list was trimmed, or history predates Heed) is added: the list stays usable.
  const moved = target >= 0 ? { urls: stack.urls, i: target, nav } : direction === 'back' ? { urls: [url, ...stack.urls.slice(stack.i)].slice(0, MAX), i: 0, nav } : pushEntry(stack, url, nav);
  return { stack: moved, direction };
}
