/**
 * The relay client of a Heed instance, the request poster, and delivery of what their outboxes
 * still hold. No Preact here: a page that only has to deliver a pending message or request loads
 * this chunk alone, not the panel.
 */
import { chatAvailability, completeConfigReporting, type HeedInternals, type TeamPresence } from '@heed/core/internal';
import { createOutbox, type Outbox } from './outbox.js';
import { raisePending, settlePending } from './pendingFlag.js';
import { createRequestPoster, type RequestPoster } from './postRequests.js';
import { createRelayClient, type ChatSnapshot, type RelayClient } from './relayClient.js';
import type { PendingRequest } from './requestTypes.js';

interface Outboxes {
  messages: Outbox;
  requests: Outbox<PendingRequest>;
}

/** One relay client per Heed instance: one socket per tab, kept while a message waits for its ack. */
const clients = new WeakMap<HeedInternals, RelayClient>();
const outboxes = new WeakMap<HeedInternals, Outboxes>();
const posters = new WeakMap<HeedInternals, RequestPoster>();

/** The instance's outboxes, where `privacy.storage` says (IndexedDB, this tab's session, or memory). */
export function outboxesFor(internals: HeedInternals): Outboxes {
  let made = outboxes.get(internals);
  if (!made) {
    const { privacy } = completeConfigReporting(internals.config(), internals.report);
    const indexedDb = privacy.storage === 'indexeddb';
    const store = internals.store();
    made = { messages: createOutbox(indexedDb, store), requests: createOutbox<PendingRequest>(indexedDb, store, 'requests') };
    outboxes.set(internals, made);
  }
  return made;
}

export function clientFor(internals: HeedInternals): RelayClient {
  let client = clients.get(internals);
  if (!client || client.closed()) {
    const { chat } = completeConfigReporting(internals.config(), internals.report);
    const { messages, requests } = outboxesFor(internals);
    const made = createRelayClient({
      url: chat.url!,
      store: internals.store(),
      outbox: messages,
      requests,
      report: (error) => internals.report('chat', error),
    });
    internals.onDestroy(made.close);
    clients.set(internals, (client = made));
  }
  return client;
}

/** Posts requests for a team's own `requestUrl`; one per Heed instance. */
export function posterFor(internals: HeedInternals): RequestPoster {
  let poster = posters.get(internals);
  if (!poster) {
    const { messages, requests } = outboxesFor(internals);
    const made = createRequestPoster({
      outbox: requests,
      settled: () => void settlePending(internals.store(), [messages, requests]),
      report: (error) => internals.report('chat', error),
    });
    internals.onDestroy(made.close);
    posters.set(internals, (poster = made));
  }
  return poster;
}

/**
 * Delivers what the outboxes still hold without showing anything: a message or request sent just
 * before the visitor went offline or left the page. Requests for a `requestUrl` are posted; the
 * relay's socket closes once the relay has acknowledged it all (at once when nothing waits), unless
 * the chat view is open by then.
 */
export function deliverPending(internals: HeedInternals): void {
  const { chat } = completeConfigReporting(internals.config(), internals.report);
  // A chat product the page loads itself: attach to it at once, so its launcher stays hidden.
  if (chat.provider !== 'relay' && chat.provider !== 'none' && chat.load === 'page')
    import('../providers/messenger.js').then(({ messengerFor }) => messengerFor(internals).start(), (error) => internals.report('chunk-load', error));
  void posterFor(internals).kick();
  if (chat.provider !== 'relay' || !chat.url) return;
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

/** Where a request stands, for the form that sent it. */
export type RequestState = 'waiting' | 'sent' | 'failed';

/**
 * Sends a callback or email request: outbox first (so it survives going offline and leaving the
 * page), then the team's `requestUrl` or the relay. `status` hears when it is acknowledged.
 * Returns the function that stops watching (the request itself keeps going).
 */
export function sendRequest(internals: HeedInternals, item: PendingRequest, status: (state: RequestState) => void): () => void {
  if (item.url) {
    const poster = posterFor(internals);
    const off = poster.onDelivered((id) => id === item.id && status('sent'));
    raisePending(internals.store());
    outboxesFor(internals)
      .requests.put(item)
      .then(() => poster.kick())
      .catch((error) => internals.report('chat', error));
    return off;
  }
  const client = clientFor(internals);
  let seen = false;
  const off = client.subscribe((snapshot) => {
    if (snapshot.requestsFailed.includes(item.id)) status('failed');
    else if (snapshot.requestsWaiting.includes(item.id)) seen = true;
    else if (seen) status('sent');
  });
  client.request(item);
  return () => {
    off();
    client.release();
  };
}

/**
 * Who is online to chat now, by team: core's chatAvailability (inside `chat.hours`, the relay's
 * `GET /presence`, whose `teams` lists the teams online agents answer for; absent: any team).
 * Here rather than in the expert view's chunk, which loads this chunk anyway to send requests.
 * Never rejects: a relay that does not answer means nobody is online.
 */
export async function teamPresence(internals: HeedInternals): Promise<TeamPresence> {
  const config = completeConfigReporting(internals.config(), internals.report);
  if (config.chat.provider !== 'relay') return { online: false };
  const { live, teams } = await chatAvailability(config);
  return { online: live, ...(teams && { teams }) };
}
