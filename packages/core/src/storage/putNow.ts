import { promisifyRequest, type UseStore } from 'idb-keyval';

/**
 * Writes `value` under `key` and asks IndexedDB to commit at once instead of when control returns
 * to the event loop. A page that closes right after the write (a visitor who presses Enter or
 * "No thanks" and leaves) keeps it. Without the early commit Chromium dropped such writes: the
 * e2e "a message sent offline just before the visitor closes the page…" failed 5 runs in 6.
 * @internal
 */
export const putNow = (db: UseStore, key: IDBValidKey, value: unknown): Promise<void> =>
  db('readwrite', (store) => {
    store.put(value, key);
    store.transaction.commit?.();
    return promisifyRequest(store.transaction);
  });
