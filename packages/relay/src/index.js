// Public entry of @heed/relay. Types: index.d.ts.
export { startRelay, DEFAULT_PORT, DEFAULT_HOST, DEFAULT_TOKEN, DEFAULT_DB } from './relay.js';
export { DEFAULT_ORIGINS } from './origins.js';
export { LIMITS } from './protocol.js';
