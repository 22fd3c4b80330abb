import type { DetectorContext } from '../defineDetector.js';

/** How a query settled: typed and paused, submitted (Enter or form submit), or a results page loaded. */
export type QueryOrigin = 'typed' | 'submitted' | 'url';

/**
 * Calls `onQuery` once per settled search query (README, "Signals and the need model"): on submit or Enter, after `settleMs`
 * without typing, or when a results page loads with the query in its URL (not on reload or
 * Back). The search box is looked up when the visitor uses it, so late-rendered boxes work.
 * The same query settling twice within 5 s (a pause, then Enter) counts once.
 */
export function onSettledQuery(context: DetectorContext, onQuery: (query: string, origin: QueryOrigin) => void): void {
  const { config, listen, later, on, tab, page } = context;
  const { input, param, settleMs } = config.signals.search;
  let cancelTyping = () => {};
  const settle = (query: string, origin: QueryOrigin) => {
    cancelTyping();
    query = query.trim();
    const last = tab.get<[string, number]>('last');
    // A results page loaded for a query submitted on the previous page still counts: that page never judged it.
    if (!query || (origin != 'url' && last && last[0] === query && Date.now() - last[1] < 5000)) return;
    tab.set('last', [query, Date.now()]);
    onQuery(query, origin);
  };
  const box = (target: EventTarget | null) => (target as Element)?.matches?.(input) && (target as HTMLInputElement);

  listen(document, 'input', (event) => {
    const field = box(event.target);
    if (!field) return;
    cancelTyping();
    cancelTyping = later(() => settle(field.value, 'typed'), settleMs);
  });
  listen(document, 'keydown', (event) => {
    const field = (event as KeyboardEvent).key === 'Enter' && box(event.target);
    if (field) settle(field.value, 'submitted');
  });
  listen(document, 'submit', (event) => {
    const field = (event.target as HTMLFormElement).querySelector(input);
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
