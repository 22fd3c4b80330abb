// The Heed relay: an HTTP server (health check, presence, agent console) with
// two WebSocket endpoints, /visitor and /agent, over a SQLite store.
// PROTOCOL.md beside this package describes every frame.

import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createHash, timingSafeEqual } from 'node:crypto';
import { WebSocketServer, WebSocket } from 'ws';
import { Store } from './store.js';
import { decode, parseAgentFrame, parseVisitorFrame, idOf } from './protocol.js';
import { originMatcher } from './origins.js';
import { TokenBucket } from './ratelimit.js';

/** @typedef {import('./store.js').StoredMessage} StoredMessage */
/** @typedef {import('./store.js').ConversationRow} ConversationRow */
/** @typedef {import('./protocol.js').ErrorCode} ErrorCode */
/** @typedef {import('./protocol.js').VisitorFrame} VisitorFrame */
/** @typedef {import('./protocol.js').AgentFrame} AgentFrame */

/**
 * @typedef {object} RelayOptions
 * @property {number} [port]  TCP port; 0 picks a free one (default 8787)
 * @property {string} [host]  interface to bind (default 127.0.0.1)
 * @property {readonly string[] | string} [origins]  allowed browser origins (default http://127.0.0.1:* and http://localhost:*)
 * @property {string} [db]  SQLite file, or ':memory:' (default packages/relay/data/relay.sqlite)
 * @property {string} [token]  agent token (default 'demo-agent-token')
 * @property {number} [maxFrameBytes]  larger frames get a `too-large` error (default 16384)
 * @property {number} [hardMaxFrameBytes]  larger frames close the socket with 1009 (default 65536)
 * @property {{ perSecond: number, burst: number }} [rateLimit]  per connection (default 10/s, burst 20)
 * @property {number} [heartbeatMs]  ping interval; a socket that missed a whole interval is dropped (default 30000)
 * @property {boolean} [durable]  SQLite synchronous=FULL instead of NORMAL (default false)
 * @property {((line: string) => void) | false} [log]  where to log (default: errors only, to console.error)
 */

/**
 * @typedef {object} RelayHandle
 * @property {string} url  http://host:port
 * @property {string} wsUrl  ws://host:port
 * @property {number} port
 * @property {string} host
 * @property {string} db
 * @property {() => Promise<void>} close  closes every socket (1001), the server and the database
 */

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_TOKEN = 'demo-agent-token';
export const DEFAULT_DB = fileURLToPath(new URL('../data/relay.sqlite', import.meta.url));

const PUBLIC_DIR = new URL('../public/', import.meta.url);
/** Consecutive rejected frames after which a connection is closed (1008). */
const MAX_CONSECUTIVE_REJECTS = 100;
/** A client that does not read its frames is dropped past this much buffered output. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/**
 * @typedef {object} Conn
 * @property {WebSocket} ws
 * @property {'visitor' | 'agent'} role
 * @property {TokenBucket} bucket
 * @property {boolean} alive
 * @property {number} rejects
 * @property {string | null} conversationId  visitor: set by hello
 * @property {boolean} typing  visitor: last typing state sent
 * @property {boolean} online  agent: presence switch
 */

/**
 * @param {string} a
 * @param {string} b
 */
function sameSecret(a, b) {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

/**
 * @param {import('node:stream').Duplex} socket
 * @param {number} status
 * @param {string} reason
 */
function refuseUpgrade(socket, status, reason) {
  if (!socket.writable) return socket.destroy();
  const body = `${reason}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/**
 * Start a relay. Resolves once it listens.
 * @param {RelayOptions} [options]
 * @returns {Promise<RelayHandle>}
 */
export async function startRelay(options = {}) {
  const host = options.host ?? DEFAULT_HOST;
  const requestedPort = options.port ?? DEFAULT_PORT;
  if (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65535) {
    throw new Error(`invalid port ${requestedPort}`);
  }
  const token = options.token ?? DEFAULT_TOKEN;
  if (typeof token !== 'string' || token === '') throw new Error('the agent token must be a non-empty string');
  const dbFile = options.db ?? DEFAULT_DB;
  const maxFrameBytes = options.maxFrameBytes ?? 16 * 1024;
  const hardMaxFrameBytes = Math.max(options.hardMaxFrameBytes ?? 64 * 1024, maxFrameBytes);
  const rateLimit = options.rateLimit ?? { perSecond: 10, burst: 20 };
  if (!(rateLimit.perSecond > 0) || !(rateLimit.burst >= 1)) throw new Error('invalid rateLimit');
  const heartbeatMs = options.heartbeatMs ?? 30_000;
  const allowOrigin = originMatcher(options.origins);
  /** @type {(line: string) => void} */
  const log = options.log === false ? () => {} : (options.log ?? (() => {}));
  /** @param {string} line */
  const logError = (line) => (options.log ? options.log(line) : console.error(`[heed-relay] ${line}`));

  const store = new Store(dbFile, { durable: options.durable });

  const assets = {
    html: readFileSync(new URL('console.html', PUBLIC_DIR)),
    js: readFileSync(new URL('console.js', PUBLIC_DIR)),
    css: readFileSync(new URL('console.css', PUBLIC_DIR)),
  };

  /** @type {Set<Conn>} */
  const conns = new Set();
  /** @type {Set<Conn>} */
  const agents = new Set();
  /** @type {Map<string, Set<Conn>>} conversation id → visitor sockets that said hello */
  const visitors = new Map();
  let lastPresence = { online: false, agents: 0 };

  // ---------------------------------------------------------------- helpers

  /**
   * @param {Conn} conn
   * @param {object} frame
   */
  function send(conn, frame) {
    const { ws } = conn;
    if (ws.readyState !== WebSocket.OPEN) return;
    if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      ws.terminate();
      return;
    }
    ws.send(JSON.stringify(frame));
  }

  /**
   * @param {Conn} conn
   * @param {ErrorCode} code
   * @param {string} message
   * @param {string} [id]
   */
  function sendError(conn, code, message, id) {
    send(conn, id === undefined ? { type: 'error', code, message } : { type: 'error', code, message, id });
  }

  function presence() {
    let online = 0;
    for (const a of agents) if (a.online) online += 1;
    return { online: online > 0, agents: online };
  }

  /** Push presence to everyone when it changed. */
  function publishPresence() {
    const now = presence();
    if (now.online === lastPresence.online && now.agents === lastPresence.agents) return false;
    lastPresence = now;
    const frame = { type: 'presence', ...now };
    for (const set of visitors.values()) for (const v of set) send(v, frame);
    for (const a of agents) send(a, frame);
    return true;
  }

  /** @param {string} conversationId */
  function visitorOnline(conversationId) {
    return (visitors.get(conversationId)?.size ?? 0) > 0;
  }

  /** @param {ConversationRow} conv */
  function item(conv) {
    return { ...store.summarize(conv), visitorOnline: visitorOnline(conv.id) };
  }

  /**
   * Tell agents about a conversation's new state (only once it holds a message).
   * @param {string} conversationId
   */
  function publishConversation(conversationId) {
    if (agents.size === 0) return;
    const conv = store.getConversation(conversationId);
    if (!conv || conv.lastSeq === 0) return;
    const frame = { type: 'conversation', item: item(conv) };
    for (const a of agents) send(a, frame);
  }

  /** @param {StoredMessage} m */
  function visitorMessageFrame(m) {
    return { type: 'message', id: m.id, seq: m.seq, from: m.from, text: m.text, at: m.at };
  }

  /** @param {StoredMessage} m */
  function agentMessageFrame(m) {
    /** @type {Record<string, unknown>} */
    const frame = { ...visitorMessageFrame(m), conversationId: m.conversationId };
    if (m.context) frame.context = m.context;
    return frame;
  }

  // ---------------------------------------------------------------- visitor

  /**
   * @param {Conn} conn
   * @param {VisitorFrame} frame
   */
  function onVisitorFrame(conn, frame) {
    if (frame.type === 'ping') return send(conn, { type: 'pong' });
    if (frame.type === 'hello') {
      if (conn.conversationId) return sendError(conn, 'bad-frame', 'hello was already received on this socket');
      /** @type {ConversationRow | null} */
      let conv;
      if (frame.conversationId) {
        conv = store.getConversation(frame.conversationId);
        if (!conv || conv.visitorId !== frame.visitorId) {
          return sendError(
            conn,
            'unknown-conversation',
            'no such conversation for this visitor; send hello without conversationId to start one',
          );
        }
      } else {
        conv = store.conversationForVisitor(frame.visitorId, Date.now());
      }
      conn.conversationId = conv.id;
      let set = visitors.get(conv.id);
      if (!set) visitors.set(conv.id, (set = new Set()));
      const first = set.size === 0;
      set.add(conn);
      send(conn, { type: 'welcome', conversationId: conv.id, lastSeq: conv.lastSeq, presence: presence() });
      for (const m of store.messagesAfter(conv.id, frame.lastSeq)) send(conn, visitorMessageFrame(m));
      if (first) publishConversation(conv.id);
      return;
    }
    const conversationId = conn.conversationId;
    if (!conversationId) {
      return sendError(conn, 'hello-required', 'send hello first', frame.type === 'message' ? frame.id : undefined);
    }
    if (frame.type === 'typing') {
      if (conn.typing === frame.on) return;
      conn.typing = frame.on;
      const out = { type: 'typing', conversationId, on: frame.on };
      for (const a of agents) send(a, out);
      return;
    }
    // frame.type === 'message'
    const { message, duplicate } = store.append(conversationId, {
      id: frame.id,
      from: 'visitor',
      text: frame.text,
      context: frame.context,
      at: Date.now(),
    });
    send(conn, { type: 'ack', id: message.id, seq: message.seq, at: message.at });
    if (duplicate) return;
    if (conn.typing) {
      conn.typing = false;
      for (const a of agents) send(a, { type: 'typing', conversationId, on: false });
    }
    const toVisitors = visitorMessageFrame(message);
    for (const v of visitors.get(conversationId) ?? []) if (v !== conn) send(v, toVisitors);
    const toAgents = agentMessageFrame(message);
    for (const a of agents) send(a, toAgents);
    publishConversation(conversationId);
  }

  // ---------------------------------------------------------------- agent

  /**
   * @param {Conn} conn
   * @param {AgentFrame} frame
   */
  function onAgentFrame(conn, frame) {
    switch (frame.type) {
      case 'ping':
        return send(conn, { type: 'pong' });
      case 'list':
        return sendConversations(conn);
      case 'presence': {
        conn.online = frame.online;
        // Everyone hears about a change; the sender always gets the current state.
        if (!publishPresence()) send(conn, { type: 'presence', ...presence() });
        return;
      }
      default:
        break;
    }
    const conv = store.getConversation(frame.conversationId);
    if (!conv) {
      return sendError(
        conn,
        'unknown-conversation',
        `no conversation ${frame.conversationId}`,
        frame.type === 'message' ? frame.id : undefined,
      );
    }
    switch (frame.type) {
      case 'open': {
        store.markRead(conv.id, conv.lastSeq);
        const fresh = /** @type {ConversationRow} */ (store.getConversation(conv.id));
        send(conn, {
          type: 'thread',
          conversationId: conv.id,
          conversation: item(fresh),
          messages: store.messagesAfter(conv.id, frame.lastSeq).map(agentMessageFrame),
        });
        if (fresh.agentReadSeq !== conv.agentReadSeq) publishConversation(conv.id);
        return;
      }
      case 'read': {
        store.markRead(conv.id, frame.seq);
        const fresh = store.getConversation(conv.id);
        if (fresh && fresh.agentReadSeq !== conv.agentReadSeq) publishConversation(conv.id);
        return;
      }
      case 'typing': {
        const out = { type: 'typing', on: frame.on };
        for (const v of visitors.get(conv.id) ?? []) send(v, out);
        return;
      }
      case 'message': {
        const { message, duplicate } = store.append(conv.id, {
          id: frame.id,
          from: 'agent',
          text: frame.text,
          at: Date.now(),
        });
        send(conn, { type: 'ack', conversationId: conv.id, id: message.id, seq: message.seq, at: message.at });
        if (duplicate) return;
        const toVisitors = visitorMessageFrame(message);
        for (const v of visitors.get(conv.id) ?? []) send(v, toVisitors);
        const toAgents = agentMessageFrame(message);
        for (const a of agents) if (a !== conn) send(a, toAgents);
        publishConversation(conv.id);
        return;
      }
      default:
        return;
    }
  }

  /** @param {Conn} conn */
  function sendConversations(conn) {
    const items = store.listConversations().map((c) => ({ ...c, visitorOnline: visitorOnline(c.id) }));
    send(conn, { type: 'conversations', items });
  }

  // ---------------------------------------------------------------- sockets

  /**
   * @param {Conn} conn
   * @param {import('ws').RawData} data
   * @param {boolean} isBinary
   */
  function onFrame(conn, data, isBinary) {
    conn.alive = true;
    const size = Array.isArray(data)
      ? data.reduce((n, b) => n + b.byteLength, 0)
      : data.byteLength;
    const allowed = conn.bucket.take();
    /** @type {{ code: ErrorCode, message: string, id?: string } | null} */
    let error = null;
    if (isBinary) {
      error = { code: 'bad-frame', message: 'binary frames are not accepted; send JSON text' };
    } else if (size > maxFrameBytes) {
      error = { code: 'too-large', message: `frame is larger than ${maxFrameBytes} bytes` };
    }
    if (error) return reject(conn, allowed ? error : { code: 'rate-limited', message: 'too many frames' });

    const text = Array.isArray(data)
      ? Buffer.concat(data).toString('utf8')
      : Buffer.isBuffer(data)
        ? data.toString('utf8')
        : Buffer.from(new Uint8Array(data)).toString('utf8');
    const decoded = decode(text);
    if (!decoded.ok) return reject(conn, allowed ? decoded.error : { code: 'rate-limited', message: 'too many frames' });
    if (!allowed) {
      return reject(conn, { code: 'rate-limited', message: 'too many frames; slow down', ...idOf(decoded.value) });
    }
    const parsed = conn.role === 'visitor' ? parseVisitorFrame(decoded.value) : parseAgentFrame(decoded.value);
    if (!parsed.ok) return reject(conn, parsed.error);
    conn.rejects = 0;
    try {
      if (conn.role === 'visitor') onVisitorFrame(conn, /** @type {VisitorFrame} */ (parsed.value));
      else onAgentFrame(conn, /** @type {AgentFrame} */ (parsed.value));
    } catch (err) {
      logError(`error handling ${conn.role} frame: ${err instanceof Error ? err.stack : String(err)}`);
      sendError(conn, 'internal', 'the relay could not handle this frame; it was not stored', idOf(decoded.value).id);
    }
  }

  /**
   * @param {Conn} conn
   * @param {{ code: ErrorCode, message: string, id?: string }} error
   */
  function reject(conn, error) {
    conn.rejects += 1;
    sendError(conn, error.code, error.message, error.id);
    if (conn.rejects >= MAX_CONSECUTIVE_REJECTS) conn.ws.close(1008, 'too many rejected frames');
  }

  /** @param {Conn} conn */
  function onClose(conn) {
    if (!conns.delete(conn)) return;
    if (conn.role === 'agent') {
      agents.delete(conn);
      if (conn.online) publishPresence();
      return;
    }
    const id = conn.conversationId;
    if (!id) return;
    const set = visitors.get(id);
    set?.delete(conn);
    if (set && set.size === 0) visitors.delete(id);
    if (conn.typing) for (const a of agents) send(a, { type: 'typing', conversationId: id, on: false });
    if (!visitorOnline(id)) publishConversation(id);
  }

  /**
   * @param {WebSocket} ws
   * @param {'visitor' | 'agent'} role
   * @returns {Conn}
   */
  function attach(ws, role) {
    /** @type {Conn} */
    const conn = {
      ws,
      role,
      bucket: new TokenBucket(rateLimit),
      alive: true,
      rejects: 0,
      conversationId: null,
      typing: false,
      online: false,
    };
    conns.add(conn);
    ws.on('pong', () => {
      conn.alive = true;
    });
    ws.on('message', (data, isBinary) => {
      try {
        onFrame(conn, data, isBinary);
      } catch (err) {
        logError(`unexpected error: ${err instanceof Error ? err.stack : String(err)}`);
      }
    });
    ws.on('error', (err) => {
      // Protocol errors (e.g. a frame over the hard limit) end only this socket.
      log(`${role} socket error: ${err.message}`);
    });
    ws.on('close', () => onClose(conn));
    return conn;
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: hardMaxFrameBytes, clientTracking: false });

  // ---------------------------------------------------------------- HTTP

  const server = createServer((req, res) => {
    try {
      handleHttp(req, res);
    } catch (err) {
      logError(`http error: ${err instanceof Error ? err.stack : String(err)}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error\n');
    }
  });

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  function handleHttp(req, res) {
    const url = new URL(req.url ?? '/', 'http://relay.invalid');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const common = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
    if (method === 'OPTIONS' && path === '/presence') {
      const origin = req.headers.origin;
      const headers = /** @type {Record<string, string>} */ ({ ...common, vary: 'Origin' });
      if (origin && allowOrigin(origin)) {
        headers['access-control-allow-origin'] = origin;
        headers['access-control-allow-methods'] = 'GET';
      }
      res.writeHead(204, headers);
      return res.end();
    }
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { ...common, allow: 'GET, HEAD', 'content-type': 'text/plain' });
      return res.end('method not allowed\n');
    }
    /**
     * @param {number} status
     * @param {string} type
     * @param {string | Buffer} body
     * @param {Record<string, string>} [extra]
     */
    const reply = (status, type, body, extra = {}) => {
      res.writeHead(status, { ...common, 'content-type': type, 'cache-control': 'no-store', ...extra });
      res.end(method === 'HEAD' ? undefined : body);
    };
    switch (path) {
      case '/health':
        return reply(200, 'application/json', '{"ok":true}');
      case '/presence': {
        const origin = req.headers.origin;
        /** @type {Record<string, string>} */
        const extra = { vary: 'Origin' };
        if (origin && allowOrigin(origin)) extra['access-control-allow-origin'] = origin;
        return reply(200, 'application/json', JSON.stringify(presence()), extra);
      }
      case '/':
        res.writeHead(302, { ...common, location: '/console' });
        return res.end();
      case '/console':
      case '/console/':
        return reply(200, 'text/html; charset=utf-8', assets.html, {
          'content-security-policy':
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        });
      case '/console/console.js':
        return reply(200, 'text/javascript; charset=utf-8', assets.js);
      case '/console/console.css':
        return reply(200, 'text/css; charset=utf-8', assets.css);
      case '/favicon.ico':
        res.writeHead(204, common);
        return res.end();
      default:
        return reply(404, 'text/plain', 'not found\n');
    }
  }

  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    let url;
    try {
      url = new URL(req.url ?? '/', 'http://relay.invalid');
    } catch {
      return refuseUpgrade(socket, 400, 'Bad Request');
    }
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const role = path === '/visitor' || path === '/' ? 'visitor' : path === '/agent' ? 'agent' : null;
    if (!role) return refuseUpgrade(socket, 404, 'Not Found');
    const origin = req.headers.origin;
    // The console is served by the relay itself, so the agent endpoint also accepts its own origin.
    if (!allowOrigin(origin, role === 'agent' ? req.headers.host : undefined)) {
      log(`refused ${role} upgrade from origin ${origin}`);
      return refuseUpgrade(socket, 403, 'Forbidden');
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (closing) return ws.close(1001, 'relay shutting down');
      const conn = attach(ws, role);
      if (role === 'visitor') return;
      const given = url.searchParams.get('token') ?? '';
      if (!sameSecret(given, token)) {
        conns.delete(conn);
        sendError(conn, 'unauthorized', 'a valid agent token is required (?token=…)');
        ws.close(4401, 'unauthorized');
        return;
      }
      agents.add(conn);
      sendConversations(conn);
      send(conn, { type: 'presence', ...presence() });
    });
  });

  // ---------------------------------------------------------------- lifecycle

  let closing = false;
  const heartbeat = setInterval(() => {
    for (const conn of conns) {
      if (!conn.alive) {
        log(`dropping unresponsive ${conn.role} socket`);
        conn.ws.terminate();
        continue;
      }
      conn.alive = false;
      try {
        conn.ws.ping();
      } catch {
        conn.ws.terminate();
      }
    }
  }, heartbeatMs);
  heartbeat.unref();

  try {
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(requestedPort, host, () => {
        server.off('error', reject);
        resolve(undefined);
      });
    });
  } catch (err) {
    clearInterval(heartbeat);
    store.close();
    throw err;
  }
  server.on('error', (err) => logError(`server error: ${err.message}`));

  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : requestedPort;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  log(`listening on http://${urlHost}:${port} (db ${dbFile})`);

  /** @type {Promise<void> | null} */
  let closed = null;
  function close() {
    if (closed) return closed;
    closing = true;
    clearInterval(heartbeat);
    closed = (async () => {
      const sockets = [...conns].map((c) => c.ws);
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
      await new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      });
      wss.close();
      store.close();
      log('closed');
    })();
    return closed;
  }

  return { url: `http://${urlHost}:${port}`, wsUrl: `ws://${urlHost}:${port}`, port, host, db: dbFile, close };
}
