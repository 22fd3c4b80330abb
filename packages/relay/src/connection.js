// One socket's life: size, rate and JSON checks on every inbound frame, dispatch to the
// visitor or agent handlers, and cleanup when it closes.

import { publishConversation } from './conversations.js';
import { createTokenBucket } from './shared/tokenBucket.js';
import { decode, idOf, parseAgentFrame, parseVisitorFrame } from './parse.js';
import { onAgentFrame } from './agentFrames.js';
import { onVisitorFrame } from './visitorFrames.js';
import { sendError } from './fanout.js';

/** @typedef {import('./visitorFrames.js').FrameContext} FrameContext */
/** @typedef {import('./parse.js').FrameError} FrameError */
/** @typedef {import('./options.js').Settings} Settings */

/**
 * @typedef {object} Conn
 * @property {import('ws').WebSocket} ws
 * @property {'visitor' | 'agent'} role
 * @property {import('./shared/tokenBucket.js').TokenBucket} bucket
 * @property {boolean} alive  heard from since the last heartbeat ping
 * @property {number[]} rejects  times of the rejected frames of the last REJECT_WINDOW_MS
 * @property {string | null} conversationId  visitor: set by hello
 * @property {string} visitorId  visitor: set by hello
 * @property {boolean} typing  visitor: last typing state sent
 * @property {boolean} online  agent: presence switch
 * @property {string[]} [teams]  agent: the expert teams it answers for (absent: all)
 * @property {number} sentSeq  visitor: the last seq this socket has been sent
 * @property {boolean} authed  agent: signed in (its frames wait until then)
 * @property {string | null} agentName  agent: the account signed in (null: the shared token)
 * @property {string[] | undefined} accountTeams  agent: its account's teams (what it answers unless it picks)
 * @property {Promise<void>} ready  agent: resolves once the sign-in is checked
 * @property {Map<string, Promise<void>>} queues  frames are handled in arrival order, one after
 *   another per conversation (an agent's replies in different conversations do not wait for each other)
 */

/**
 * Rejected frames within REJECT_WINDOW_MS after which a connection is closed (1008). A sliding
 * window, so accepted frames in between (a flood just over its rate) do not reset the count.
 */
const MAX_REJECTS = 100;
const REJECT_WINDOW_MS = 10_000;

/**
 * Tracks a new socket and handles its frames until it closes.
 * @param {FrameContext} ctx
 * @param {Settings} settings
 * @param {import('ws').WebSocket} ws
 * @param {'visitor' | 'agent'} role
 * @returns {Conn}
 */
export function attach(ctx, settings, ws, role) {
  /** @type {Conn} */
  const conn = {
    ws,
    role,
    bucket: createTokenBucket(settings.rateLimit),
    alive: true,
    rejects: [],
    conversationId: null,
    visitorId: '',
    typing: false,
    online: false,
    sentSeq: 0,
    authed: role === 'visitor',
    agentName: null,
    accountTeams: undefined,
    ready: Promise.resolve(),
    queues: new Map(),
  };
  ctx.hub.conns.add(conn);
  ws.on('pong', () => {
    conn.alive = true;
  });
  ws.on('message', (data, isBinary) => {
    try {
      onFrame(ctx, settings, conn, data, isBinary);
    } catch (err) {
      settings.logError(`unexpected error: ${err instanceof Error ? err.stack : String(err)}`);
    }
  });
  ws.on('error', (err) => {
    // Protocol errors (e.g. a frame over the hard limit) end only this socket.
    settings.log(`${role} socket error: ${err.message}`);
  });
  ws.on('close', () => onClose(ctx, conn));
  return conn;
}

/** @param {import('ws').RawData} data */
const byteLength = (data) => (Array.isArray(data) ? data.reduce((n, b) => n + b.byteLength, 0) : data.byteLength);

/** @param {import('ws').RawData} data */
const textOf = (data) =>
  Array.isArray(data)
    ? Buffer.concat(data).toString('utf8')
    : Buffer.isBuffer(data)
      ? data.toString('utf8')
      : Buffer.from(new Uint8Array(data)).toString('utf8');

/** @type {FrameError} */
const RATE_LIMITED = { code: 'rate-limited', message: 'too many frames' };

/**
 * Every frame costs a token, even one that is rejected; a rejection of a client over its
 * rate says so rather than what else was wrong.
 * @param {FrameContext} ctx
 * @param {Settings} settings
 * @param {Conn} conn
 * @param {import('ws').RawData} data
 * @param {boolean} isBinary
 */
function onFrame(ctx, settings, conn, data, isBinary) {
  conn.alive = true;
  const allowed = conn.bucket.take();
  /** @type {FrameError | null} */
  let error = null;
  if (isBinary) {
    error = { code: 'bad-frame', message: 'binary frames are not accepted; send JSON text' };
  } else if (byteLength(data) > settings.maxFrameBytes) {
    error = { code: 'too-large', message: `frame is larger than ${settings.maxFrameBytes} bytes` };
  }
  if (error) return reject(conn, allowed ? error : RATE_LIMITED);

  const decoded = decode(textOf(data));
  if (!decoded.ok) return reject(conn, allowed ? decoded.error : RATE_LIMITED);
  if (!allowed) {
    return reject(conn, { code: 'rate-limited', message: 'too many frames; slow down', ...idOf(decoded.value) });
  }
  const parsed = conn.role === 'visitor' ? parseVisitorFrame(decoded.value) : parseAgentFrame(decoded.value);
  if (!parsed.ok) return reject(conn, parsed.error);
  // Handlers wait for storage: the next frame of this socket (for an agent: in the same
  // conversation) waits for the one before.
  const value = /** @type {{ conversationId?: unknown }} */ (parsed.value);
  const key = conn.role === 'agent' && typeof value.conversationId === 'string' ? value.conversationId : '';
  const next = (conn.queues.get(key) ?? conn.ready).then(async () => {
    try {
      if (conn.role === 'visitor') await onVisitorFrame(ctx, conn, /** @type {import('./parse.js').VisitorFrame} */ (parsed.value));
      else if (conn.authed && ctx.hub.agents.has(conn)) await onAgentFrame(ctx, conn, /** @type {import('./parse.js').AgentFrame} */ (parsed.value));
    } catch (err) {
      settings.logError(`error handling ${conn.role} frame: ${err instanceof Error ? err.stack : String(err)}`);
      sendError(conn, 'internal', 'the relay could not handle this frame; it was not stored', idOf(decoded.value).id);
    }
  });
  conn.queues.set(key, next);
  next.then(() => conn.queues.get(key) === next && conn.queues.delete(key));
}

/**
 * @param {Conn} conn
 * @param {FrameError} error
 */
function reject(conn, error) {
  const now = Date.now();
  while (conn.rejects.length > 0 && conn.rejects[0] <= now - REJECT_WINDOW_MS) conn.rejects.shift();
  conn.rejects.push(now);
  sendError(conn, error.code, error.message, error.id);
  if (conn.rejects.length >= MAX_REJECTS) conn.ws.close(1008, 'too many rejected frames');
}

/**
 * @param {FrameContext} ctx
 * @param {Conn} conn
 */
function onClose(ctx, conn) {
  const { hub, presence } = ctx;
  if (!hub.conns.delete(conn)) return;
  if (conn.role === 'agent') {
    hub.agents.delete(conn);
    if (conn.online) presence.publish();
    return;
  }
  const id = conn.conversationId;
  if (!id) return;
  hub.leave(conn, id);
  if (ctx.pending.get(conn.visitorId) === id && !hub.visitorOnline(id)) ctx.pending.delete(conn.visitorId);
  if (conn.typing) {
    hub.toAgents({ type: 'typing', conversationId: id, on: false });
    ctx.bus.publish({ k: 't', c: id, on: false, to: 'a' });
  }
  if (!hub.visitorOnline(id)) publishConversation(ctx, id, true).catch(() => {});
}
