import type { SearchSignalConfig } from '../../config/configTypes.js';

/** `selector` if the browser can parse it; else undefined, so that it matches nothing instead of throwing. */
const parsed = (selector?: string): string | undefined => {
  try {
    // An empty fragment: the selector is parsed, nothing is searched.
    return selector && (document.createDocumentFragment().querySelector(selector), selector);
  } catch {
    // Unparsable: undefined.
  }
};

/**
 * The search config with every selector checked once, when a detector starts. A selector the
 * browser cannot parse (`#search[`) would otherwise throw on every keystroke; here it matches
 * nothing, quietly: the config check reports it once when the config is read.
 */
export const searchSelectors = (search: SearchSignalConfig): Omit<SearchSignalConfig, 'input'> & { input?: string } => ({
  ...search,
  input: parsed(search.input),
  results: parsed(search.results),
  empty: parsed(search.empty),
});
