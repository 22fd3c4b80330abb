/**
 * The relay client of a Heed instance, and delivery of what its outbox still holds. No Preact
 * here: a page that only has to deliver a pending message loads this chunk alone, not the panel.
 */
import { completeConfigReporting, type HeedInternals } from '@heed/core/internal';
import { createOutbox } from './outbox.js';
import { createRelayClient, type ChatSnapshot, type RelayClient } from './relayClient.js';

/** One relay client per Heed instance: one socket per tab, kept while a message waits for its ack. */
const clients = new WeakMap<HeedInternals, RelayClient>();

export function clientFor(internals: HeedInternals): RelayClient {
  let client = clients.get(internals);
  if (!client || client.closed()) {
    const { chat, privacy } = completeConfigReporting(internals.config(), internals.report);
    const store = internals.store();
    const made = createRelayClient({
      url: chat.url!,
      store,
      outbox: createOutbox(privacy.storage === 'indexeddb', store),
      report: (error) => internals.report('chat', error),
    });
    internals.onDestroy(made.close);
    clients.set(internals, (client = made));
  }
  return client;
}

/**
 * Delivers what the outbox still holds without showing anything: a message sent just before the
 * visitor went offline or left the page. The socket closes once the relay has acknowledged it all
 * (at once when nothing waits), unless the chat view is open by then.
 */
export function deliverPending(internals: HeedInternals): void {
  const { chat } = completeConfigReporting(internals.config(), internals.report);
  // A chat product the page loads itself: attach to it at once, so its launcher stays hidden.
  if (chat.provider !== 'relay') {
    if (chat.provider !== 'none' && chat.load === 'page')
      import('../providers/messenger.js').then(({ messengerFor }) => messengerFor(internals).start(), (error) => internals.report('chunk-load', error));
    return;
  }
  if (!chat.url) return;
  const client = clientFor(internals);
  const settle = (snapshot: ChatSnapshot) => {
    if (!snapshot.loaded) return;
    off();
    client.release();
  };
  const off = client.subscribe(settle);
  // A client this page already had may have loaded its thread before.
  settle(client.snapshot());
}
