/**
 * Whether the site's chat product says an agent is there right now: true or false, or undefined
 * while it cannot tell (not loaded yet, or a product that does not expose it).
 */
export type ProductPresence = () => boolean | undefined;

// Set on the instance's config object, which every chunk shares (`internalsOf(heed).config()` is
// what the policy is started with): the widget's adapter registers it, the policy's presence asks
// it. Each chunk is its own build with its own copy of this module, so a module-level slot would not do.
const SLOT = 'chatProductPresence';

/** Registers (or, with undefined, removes) the chat product's presence for this config's instance. */
export const setProductPresence = (config: object, presence: ProductPresence | undefined): void =>
  void Object.defineProperty(config, SLOT, { value: presence, configurable: true });

/** The chat product's presence registered for this config, if any. */
export const productPresenceOf = (config: object): ProductPresence | undefined => (config as Record<string, ProductPresence | undefined>)[SLOT];
