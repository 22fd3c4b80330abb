import { createStore as createIdbStore, promisifyRequest } from 'idb-keyval';
import { putNow } from './putNow.js';
import { createTabState } from './tabState.js';

/** Durable key-value storage for what outlives a session (preferences, dismissals). */
export interface Store {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
}

/** Where Heed remembers things (`privacy.storage`). */
export type StorageKind = 'indexeddb' | 'session' | 'memory';

/**
 * Opens the store for `kind`. `session` and `memory` share the per-tab state's code. With
 * `indexeddb` every write also goes to this tab's session storage, so that when IndexedDB is
 * missing or fails (blocked, private mode, quota) what must last the session — a "No thanks"
 * above all — still holds on the next page; only `memory` keeps nothing past the page. Callers
 * never see a rejection.
 */
export function createStore(kind: StorageKind): Store {
  const local = createTabState(kind !== 'memory', 'store:');
  let idb = kind === 'indexeddb' && typeof indexedDB !== 'undefined' ? createIdbStore('heed', 'kv') : undefined;
  return {
    async get<T>(key: string) {
      try {
        // idb-keyval's own get() would bring its default store along, dead code here (7 B of heed.js).
        if (idb) return await idb('readonly', (store) => promisifyRequest<T>(store.get(key)));
      } catch {
        idb = undefined;
      }
      return local.get<T>(key);
    },
    async set(key, value) {
      local.set(key, value);
      try {
        if (idb) await putNow(idb, key, value);
      } catch {
        idb = undefined;
      }
    },
  };
}
