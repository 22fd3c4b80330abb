// Fan-out across instances over PostgreSQL LISTEN/NOTIFY. Each instance listens on one
// dedicated connection; events carry ids only and the instance that sent them. When that
// connection drops, it reconnects with backoff, LISTENs again and asks for a catch-up
// ({ k: 'resync' }) of what changed while it was away, since NOTIFY does not queue for absent
// listeners.

import pg from 'pg';

/** @typedef {import('./busTypes.js').BusEvent} BusEvent */
/** @typedef {import('./busTypes.js').BusMessage} BusMessage */

export const CHANNEL = 'heed_relay';
const MAX_BACKOFF_MS = 2000;

/**
 * @param {{ store: import('../store/storeTypes.js').PgStore, instance: string,
 *   onMessage: (m: BusMessage) => void, log: (line: string) => void }} deps
 * @returns {Promise<import('./busTypes.js').Bus>}  once listening
 */
export async function createPgBus({ store, instance, onMessage, log }) {
  /** @type {pg.Client | null} */
  let client = null;
  let listening = false;
  let closed = false;
  let reconnects = 0;
  let attempt = 0;
  /** @type {string | null} */
  let lastError = null;
  /** @type {number | null} when the listener was lost (catch up from there) */
  let lostAt = null;
  /** @type {ReturnType<typeof setTimeout> | null} */
  let timer = null;

  /** @type {Set<Promise<unknown>>} notifications on their way (close waits for them) */
  const sending = new Set();

  /** @param {pg.Notification} msg */
  const onNotification = (msg) => {
    let event;
    try {
      event = JSON.parse(msg.payload ?? '');
    } catch {
      return;
    }
    if (!event || event.i === instance) return;
    delete event.i;
    onMessage(event);
  };

  const connect = async () => {
    const c = new pg.Client({ connectionString: store.url, application_name: `heed-relay-listener ${instance}` });
    c.on('notification', onNotification);
    c.on('error', (err) => lose(c, err));
    c.on('end', () => lose(c, new Error('listener connection ended')));
    await c.connect();
    await c.query(`LISTEN ${CHANNEL}`);
    if (closed) return void (await c.end());
    client = c;
    listening = true;
    attempt = 0;
    if (lostAt !== null) {
      const since = lostAt;
      lostAt = null;
      reconnects += 1;
      log(`fan-out listener back after ${Date.now() - since} ms; catching up`);
      onMessage({ k: 'resync', since });
    }
  };

  const retry = () => {
    if (closed || timer) return;
    const delay = Math.min(MAX_BACKOFF_MS, 250 * 2 ** attempt);
    attempt += 1;
    timer = setTimeout(() => {
      timer = null;
      connect().catch((err) => {
        lastError = err instanceof Error ? err.message : String(err);
        retry();
      });
    }, delay);
    timer.unref();
  };

  /**
   * @param {pg.Client} c
   * @param {Error} err
   */
  function lose(c, err) {
    if (closed || (client !== null && client !== c)) return;
    if (client === c) {
      client = null;
      listening = false;
      lostAt = Date.now();
      lastError = err.message;
      log(`fan-out listener lost: ${err.message}`);
      c.end().catch(() => {});
    }
    retry();
  }

  await connect();
  return {
    kind: 'postgres',
    publish(event) {
      const sent = store.notify(CHANNEL, JSON.stringify({ ...event, i: instance })).catch((err) => {
        log(`fan-out notify failed: ${err instanceof Error ? err.message : String(err)}`);
      });
      sending.add(sent);
      sent.finally(() => sending.delete(sent));
    },
    health: () => ({ kind: 'postgres', listening, reconnects, lastError }),
    async close() {
      await Promise.all(sending);
      closed = true;
      if (timer) clearTimeout(timer);
      const c = client;
      client = null;
      listening = false;
      await c?.end().catch(() => {});
    },
  };
}
