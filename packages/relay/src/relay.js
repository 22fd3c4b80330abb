// The Heed relay: an HTTP server (health check, presence, agent console) with two WebSocket
// endpoints, /visitor and /agent, over a SQLite store. PROTOCOL.md describes every frame.
// This file wires the parts together and owns the lifecycle: listen, then close everything.

import { createServer } from 'node:http';
import { WebSocketServer, WebSocket } from 'ws';
import { createHub } from './fanout.js';
import { startHeartbeat } from './heartbeat.js';
import { createHttpHandler } from './http.js';
import { settle } from './options.js';
import { createPresence } from './presence.js';
import { createStore } from './store/createStore.js';
import { createUpgradeHandler, selectProtocol } from './upgrade.js';

export { DEFAULT_DB, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TOKEN } from './options.js';

/** @typedef {import('./index.js').RelayOptions} RelayOptions */
/** @typedef {import('./index.js').RelayHandle} RelayHandle */

/**
 * Start a relay. Resolves once it listens.
 * @param {RelayOptions} [options]
 * @returns {Promise<RelayHandle>}
 */
export async function startRelay(options = {}) {
  const settings = settle(options);
  const { log, logError } = settings;
  const store = createStore(settings.db, { durable: settings.durable });
  const hub = createHub();
  const ctx = { store, hub, presence: createPresence(hub), pending: new Map() };
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: settings.hardMaxFrameBytes,
    clientTracking: false,
    handleProtocols: selectProtocol,
  });

  const handleHttp = createHttpHandler({ presence: ctx.presence.current, allowOrigin: settings.allowOrigin });
  const server = createServer((req, res) => {
    try {
      handleHttp(req, res);
    } catch (err) {
      logError(`http error: ${err instanceof Error ? err.stack : String(err)}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error\n');
    }
  });
  let closing = false;
  /** @type {{ port: number }} */
  const listening = { port: settings.port };
  server.on('upgrade', createUpgradeHandler(ctx, settings, wss, { closing: () => closing, port: () => listening.port }));
  const stopHeartbeat = startHeartbeat(hub.conns, settings.heartbeatMs, log);

  try {
    await listen(server, settings.port, settings.host);
  } catch (err) {
    stopHeartbeat();
    store.close();
    throw err;
  }
  server.on('error', (err) => logError(`server error: ${err.message}`));

  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  listening.port = port;
  const { host } = settings;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  log(`listening on http://${urlHost}:${port} (db ${settings.db})`);

  /** @type {Promise<void> | null} */
  let closed = null;
  const close = () => {
    closing = true;
    stopHeartbeat();
    return (closed ??= shutdown(server, wss, hub, store).then(() => log('closed')));
  };

  return { url: `http://${urlHost}:${port}`, wsUrl: `ws://${urlHost}:${port}`, port, host, token: settings.token, db: settings.db, close };
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

/**
 * Closes every socket, stops listening, then closes the database.
 * @param {import('node:http').Server} server
 * @param {WebSocketServer} wss
 * @param {import('./fanout.js').Hub} hub
 * @param {import('./store/createStore.js').Store} store
 */
async function shutdown(server, wss, hub, store) {
  await closeSockets([...hub.conns].map((c) => c.ws));
  await new Promise((resolve) => {
    server.close(() => resolve(undefined));
    server.closeAllConnections();
  });
  wss.close();
  store.close();
}

/**
 * Closes every socket with 1001 (clients reconnect with backoff).
 * @param {WebSocket[]} sockets
 */
async function closeSockets(sockets) {
  const done = Promise.all(
    sockets.map(
      (ws) =>
        new Promise((resolve) => {
          if (ws.readyState === WebSocket.CLOSED) return resolve(undefined);
          ws.once('close', () => resolve(undefined));
        }),
    ),
  );
  for (const ws of sockets) ws.close(1001, 'relay shutting down');
  // Give clients a moment to answer the close handshake, then cut them off.
  const timer = setTimeout(() => sockets.forEach((ws) => ws.terminate()), 1000);
  await done;
  clearTimeout(timer);
}
