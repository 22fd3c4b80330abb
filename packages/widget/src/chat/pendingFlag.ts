import type { Store } from '@heed/core/internal';
import { CHAT_PENDING_KEY } from './pendingKey.js';
import type { Outbox, OutboxRecord } from './outbox.js';

/**
 * The `chat:pending` hint is shared by chat messages and callback/email requests: heed.js reads
 * only that one key on every page (and loads the delivery chunk when it is set). Whoever sees
 * their own outbox empty asks every outbox before clearing it, so one never clears the other's.
 */
export const raisePending = (store: Store): void => void store.set(CHAT_PENDING_KEY, true).catch(() => {});

export async function settlePending(store: Store, outboxes: Array<Outbox<OutboxRecord>>): Promise<void> {
  try {
    const lists = await Promise.all(outboxes.map((outbox) => outbox.list()));
    await store.set(CHAT_PENDING_KEY, lists.some((items) => items.length > 0));
  } catch {
    // A hint: the next page asks the outboxes again.
  }
}
