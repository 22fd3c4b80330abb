import { putNow, type Store } from '@heed/core/internal';
import { createStore, del, values, type UseStore } from 'idb-keyval';
import type { MessageContext } from '../../../relay/src/shared/frames.js';

/** What the visitor agreed to share, sent with the first message (relay protocol `context`). */
export type { MessageContext };

/** A message the relay has not acknowledged yet: resent with the same id until it is. */
export interface OutboxItem {
  id: string;
  text: string;
  context?: MessageContext;
  /** `Date.now()` when the visitor sent it; the outbox is replayed in this order. */
  at: number;
}

/** What an outbox holds: anything with a client id, replayed in the order of `at`. */
export interface OutboxRecord {
  id: string;
  at: number;
}

/** Messages (or requests) waiting for their `ack`, kept where they survive reloads and going offline. */
export interface Outbox<T extends OutboxRecord = OutboxItem> {
  list(): Promise<T[]>;
  put(item: T): Promise<void>;
  remove(id: string): Promise<void>;
}

/**
 * The outbox. With `privacy.storage: 'indexeddb'` it is its own IndexedDB store (`heed-chat` /
 * `outbox`), one record per message, so tabs of the site add and remove messages without
 * overwriting each other's; whichever tab connects first delivers them (the relay dedups by id).
 * Otherwise (or when IndexedDB fails) it is one list in Heed's store: session storage keeps it
 * across this tab's page loads, memory for this page only. `name` keeps outboxes apart: `chat` for
 * messages, `requests` for callback and email requests (`heed-requests` / `outbox`).
 */
export function createOutbox<T extends OutboxRecord = OutboxItem>(useIndexedDb: boolean, store: Store, name = 'chat'): Outbox<T> {
  const KEY = `${name}:outbox`;
  let idb: UseStore | undefined;
  try {
    if (useIndexedDb && typeof indexedDB !== 'undefined') idb = createStore(`heed-${name}`, 'outbox');
  } catch {
    idb = undefined;
  }
  // The list variant: writes run one after another so none is lost.
  let queue = Promise.resolve();
  const update = (change: (items: T[]) => T[]) =>
    (queue = queue.then(async () => store.set(KEY, change((await store.get<T[]>(KEY)) || [])), () => {}));
  const guard = async <T>(fn: (db: UseStore) => Promise<T>, fallback: () => Promise<T>): Promise<T> => {
    if (idb) {
      try {
        return await fn(idb);
      } catch {
        idb = undefined;
      }
    }
    return fallback();
  };
  return {
    list: () =>
      guard(
        (db) => values<T>(db),
        async () => (await queue, (await store.get<T[]>(KEY)) || []),
      ).then((items) => items.filter((item) => item && typeof item.id === 'string').sort((a, b) => a.at - b.at)),
    put: (item) =>
      guard(
        (db) => putNow(db, item.id, item),
        () => update((items) => [...items.filter((old) => old.id !== item.id), item]),
      ),
    remove: (id) =>
      guard(
        (db) => del(id, db),
        () => update((items) => items.filter((old) => old.id !== id)),
      ),
  };
}
