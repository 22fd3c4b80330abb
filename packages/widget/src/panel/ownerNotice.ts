/**
 * Sentences for the site owner, never for the visitor: they go to the console, once per page
 * (the debug overlay shows the same facts). Heed's visitor-facing text stays about the visitor.
 */
const said = new Set<string>();

export function tellOwner(message: string): void {
  if (said.has(message)) return;
  said.add(message);
  console.warn(`Heed: ${message}`);
}

/** Said when an offer or the panel would lead nowhere. */
export const NOTHING_SET_UP =
  'no help articles, chat or expert channel is set up, so offers have nothing to lead to and none is shown. Add `articles`, `chat` or `experts` to the config.';
