/**
 * Loads the restraint policy. It only acts once need is high, so it is its own chunk, fetched
 * on first need; a module of its own so the script-tag build can point it at a chunk next to heed.js.
 */
export const loadPolicy = () => import('./createPolicy.js');
