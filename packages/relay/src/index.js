// Public entry of @heed/relay. Its types are in index.d.ts.
export { startRelay } from './relay.js';
export { DEFAULT_PORT, DEFAULT_HOST, DEFAULT_TOKEN, DEFAULT_DB } from './options.js';
export { DEFAULT_ORIGINS } from './origins.js';
export { LIMITS } from './fields.js';
