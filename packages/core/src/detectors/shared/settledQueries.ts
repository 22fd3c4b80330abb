import type { DetectorContext } from '../defineDetector.js';

/** How a query settled: typed and paused, submitted (Enter or form submit), or a results page loaded. */
export type QueryOrigin = 'typed' | 'submitted' | 'url';

/**
 * One query settling twice within this long (a pause, then Enter) is one search. Not a knob: it
 * joins two signs of the same search, it is not a threshold of struggle.
 */
const SAME_SEARCH_MS = 5000;

/**
 * Calls `onQuery` once per settled search query (README, "Signals and the need model"): on submit
 * or Enter, after `settleMs` without typing, or when a results page loads with the query in its
 * URL. The search box is looked up when the visitor uses it, so late-rendered boxes work.
 * A results page shown again for the query it last settled from its URL — a reload, a restore from
 * the back/forward cache, the address entered again — is the same search: not counted again, in
 * this tab, whatever Navigation Timing says (it is missing under some test clocks).
 * `onTyping` is called on every keystroke in the search box, before the query settles.
 */
export function onSettledQuery(context: DetectorContext, onQuery: (query: string, origin: QueryOrigin) => void, onTyping?: () => void): void {
  const { config, listen, later, on, tab, page } = context;
  const { input, param, settleMs } = config.signals.search;
  let cancelTyping = () => {};
  const settle = (query: string, origin: QueryOrigin) => {
    cancelTyping();
    query = query.trim();
    const [previous, at, fromUrl] = tab.get<[string, number, boolean?] | []>('last', [])!;
    // A results page loaded for a query submitted on the previous page still counts: that page never judged it.
    if (!query || (previous === query && (origin == 'url' ? fromUrl : Date.now() - at! < SAME_SEARCH_MS))) return;
    tab.set('last', [query, Date.now(), origin == 'url']);
    onQuery(query, origin);
  };
  const box = (target: EventTarget | null) => !!input && (target as Element)?.matches?.(input) && (target as HTMLInputElement);

  listen(document, 'input', (event) => {
    const field = box(event.target);
    if (!field) return;
    onTyping?.();
    cancelTyping();
    cancelTyping = later(() => settle(field.value, 'typed'), settleMs);
  });
  listen(document, 'keydown', (event) => {
    const field = (event as KeyboardEvent).key === 'Enter' && box(event.target);
    if (field) settle(field.value, 'submitted');
  });
  listen(document, 'submit', (event) => {
    const field = input && (event.target as HTMLFormElement).querySelector(input);
    if (field) settle((field as HTMLInputElement).value, 'submitted');
  });
  const fromUrl = () => {
    const { url, navigation } = page();
    const query = new URL(url).searchParams.get(param);
    if (query && navigation !== 'reload' && navigation !== 'traverse') settle(query, 'url');
  };
  on('page', fromUrl);
  fromUrl();
}
