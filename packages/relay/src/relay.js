// The Heed relay: an HTTP server (health check, presence, agent console and its sign-in) with
// two WebSocket endpoints, /visitor and /agent, over a store (SQLite, or PostgreSQL shared by
// several instances) and a fan-out bus to the other instances. PROTOCOL.md describes every
// frame. This file wires the parts together and owns the lifecycle: listen, then close everything.

import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';
import { hashPassword } from './auth/password.js';
import { createSessionRoutes } from './auth/sessions.js';
import { createLocalBus } from './bus/localBus.js';
import { createPgBus } from './bus/pgBus.js';
import { createDelivery } from './delivery.js';
import { createHub } from './fanout.js';
import { createGuard } from './guard.js';
import { startHeartbeat } from './heartbeat.js';
import { createHttpHandler } from './http.js';
import { DEMO_AGENT, settle } from './options.js';
import { createPresence } from './presence.js';
import { pgPresenceBoard } from './presenceBoard.js';
import { onBusMessage } from './remote.js';
import { closeSockets } from './shutdown.js';
import { openStore } from './store/openStore.js';
import { agentOriginOk, createUpgradeHandler, selectProtocol } from './upgrade.js';

export { DEFAULT_DB, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TOKEN } from './options.js';

/** @typedef {import('./index.js').RelayOptions} RelayOptions */
/** @typedef {import('./index.js').RelayHandle} RelayHandle */
/** @typedef {import('./visitorFrames.js').FrameContext} FrameContext */

/**
 * Outside demo mode someone must be able to sign in: an agent account or an explicit token.
 * @param {import('./store/storeTypes.js').RelayStore} store
 * @param {import('./options.js').Settings} settings
 */
async function checkAgents(store, settings) {
  if (settings.demo) {
    if (!(await store.findAgent(DEMO_AGENT.name))) {
      await store.putAgent({ name: DEMO_AGENT.name, password: await hashPassword(DEMO_AGENT.password), teams: [] }, Date.now());
    }
    return;
  }
  if (settings.token || (await store.countAgents()) > 0) return;
  throw new Error(
    'no agent can sign in: add an agent account (heed-relay agent add <name> --team <team>) or set a token (--token / HEED_RELAY_TOKEN)',
  );
}

/**
 * Start a relay. Resolves once it listens.
 * @param {RelayOptions} [options]
 * @returns {Promise<RelayHandle>}
 */
export async function startRelay(options = {}) {
  const settings = settle(options);
  const { log, logError } = settings;
  const instance = randomUUID();
  const store = await openStore(settings.db, { durable: settings.durable });
  /** @type {(() => void)[]} */
  const stops = [];
  try {
    await checkAgents(store, settings);
    const hub = createHub();
    /** @type {FrameContext} */
    const ctx = /** @type {any} */ ({ store, hub, pending: new Map() });
    // With Postgres, other instances store messages too: see delivery.js on what is owed.
    ctx.delivery = createDelivery(ctx, store.kind === 'postgres' ? { listeningSince: Date.now() } : {});
    ctx.bus =
      store.kind === 'postgres'
        ? await createPgBus({ store: /** @type {any} */ (store), instance, log, onMessage: (m) => onBusMessage(ctx, m, logError) })
        : createLocalBus();
    ctx.presence =
      store.kind === 'postgres'
        ? createPresence(hub, pgPresenceBoard({ store: /** @type {any} */ (store), bus: ctx.bus, instance, ttlMs: settings.presenceTtlMs, logError }))
        : createPresence(hub);
    if (store.kind === 'postgres') {
      // Renew this instance's presence entry and re-read the others' (expired ones drop out).
      const timer = setInterval(() => {
        ctx.presence.renew();
        ctx.presence.refresh().catch(() => {});
      }, settings.presenceTtlMs / 3);
      timer.unref();
      stops.push(() => clearInterval(timer));
      await ctx.presence.refresh();
    }
    return await serve(ctx, settings, instance, stops);
  } catch (err) {
    stops.forEach((stop) => stop());
    await ctx_close(store);
    throw err;
  }
}

/** @param {import('./store/storeTypes.js').RelayStore} store */
const ctx_close = (store) => store.close().catch(() => {});

/**
 * @param {FrameContext} ctx
 * @param {import('./options.js').Settings} settings
 * @param {string} instance
 * @param {(() => void)[]} stops
 * @returns {Promise<RelayHandle>}
 */
async function serve(ctx, settings, instance, stops) {
  const { store, hub, bus } = ctx;
  const { log, logError } = settings;
  const guard = createGuard(settings.maxConnectionsPerAddress);
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: settings.hardMaxFrameBytes,
    clientTracking: false,
    handleProtocols: selectProtocol,
  });
  /** @type {{ port: number }} */
  const listening = { port: settings.port };
  const health = async () => {
    let storage = { kind: store.kind, ok: true, error: /** @type {string | null} */ (null) };
    try {
      await store.ping();
    } catch (err) {
      storage = { kind: store.kind, ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    const listener = bus.health();
    const sockets = { visitors: hub.conns.size - hub.agents.size, agents: hub.agents.size };
    return { ok: storage.ok && listener.listening, instance, storage, listener, sockets };
  };
  const handleHttp = createHttpHandler({
    presence: ctx.presence.current,
    allowOrigin: settings.allowOrigin,
    health,
    sessions: createSessionRoutes({ store, guard }),
    agentOriginOk: (req) => agentOriginOk(settings, listening.port, req),
  });
  const server = createServer((req, res) => {
    /** @param {unknown} err */
    const fail = (err) => {
      const status = /** @type {any} */ (err)?.status;
      if (!status) logError(`http error: ${err instanceof Error ? err.stack : String(err)}`);
      if (!res.headersSent) res.writeHead(status ?? 500, { 'content-type': 'text/plain' });
      res.end(status ? 'bad request\n' : 'internal error\n');
    };
    try {
      Promise.resolve(handleHttp(req, res)).catch(fail);
    } catch (err) {
      fail(err);
    }
  });
  let closing = false;
  server.on('upgrade', createUpgradeHandler(ctx, settings, wss, { closing: () => closing, port: () => listening.port, guard }));
  stops.push(startHeartbeat(hub.conns, settings.heartbeatMs, log));

  await listen(server, settings.port, settings.host);
  server.on('error', (err) => logError(`server error: ${err.message}`));

  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  listening.port = port;
  const { host } = settings;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  log(`listening on http://${urlHost}:${port} (${store.kind} ${store.where}, instance ${instance})`);

  /** @type {Promise<void> | null} */
  let closed = null;
  const close = () => {
    closing = true;
    stops.forEach((stop) => stop());
    return (closed ??= (async () => {
      // Drain: every socket is told to reconnect (1001), which lands it on another instance.
      await closeSockets([...hub.conns].map((c) => c.ws));
      await new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      });
      wss.close();
      await ctx.presence.leave();
      await bus.close();
      await store.close();
      log('closed');
    })());
  };

  return {
    url: `http://${urlHost}:${port}`,
    wsUrl: `ws://${urlHost}:${port}`,
    port,
    host,
    token: settings.token,
    db: store.where,
    storage: store.kind,
    instance,
    close,
  };
}

/**
 * @param {import('node:http').Server} server
 * @param {number} port
 * @param {string} host
 * @returns {Promise<void>}  rejects when the port is taken
 */
function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
