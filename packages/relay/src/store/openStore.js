// Picks the storage engine from the `db` setting: a postgres:// URL, or a SQLite file (default).

import { createStore } from './createStore.js';
import { openPgStore } from './pg/pgStore.js';

/** @typedef {import('./storeTypes.js').RelayStore} RelayStore */

/** @param {string} db */
export const isPostgres = (db) => /^postgres(ql)?:\/\//i.test(db);

/**
 * The SQLite store behind the async interface: each operation still runs synchronously inside.
 * @param {string} file
 * @param {{ durable?: boolean }} options
 * @returns {RelayStore}
 */
export function openSqliteStore(file, options) {
  const sync = createStore(file, options);
  /** @type {Record<string, unknown>} */
  const out = { kind: 'sqlite', where: file, ping: async () => {} };
  for (const [key, value] of Object.entries(sync)) {
    if (typeof value !== 'function') continue;
    const fn = /** @type {(...args: unknown[]) => unknown} */ (value);
    out[key] = async (/** @type {unknown[]} */ ...args) => fn(...args);
  }
  return /** @type {RelayStore} */ (/** @type {unknown} */ (out));
}

/**
 * @param {string} db  SQLite file, ':memory:' or postgres://…
 * @param {{ durable?: boolean }} [options]
 * @returns {Promise<RelayStore>}
 */
export async function openStore(db, options = {}) {
  return isPostgres(db) ? openPgStore(db) : openSqliteStore(db, options);
}
