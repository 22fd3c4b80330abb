// WebSocket upgrades: the path picks the role; per-address limits; the origin allow-list guards
// browsers; the agent endpoint checks Host (DNS rebinding) and the agent token, which comes in
// the Sec-WebSocket-Protocol header (never in the URL), or the console's session cookie.

import { sendConversations } from './conversations.js';
import { sendRequests } from './requests.js';
import { createHash, timingSafeEqual } from 'node:crypto';
import { attach } from './connection.js';
import { send, sendError } from './fanout.js';
import { agentOf } from './auth/sessions.js';

/** @typedef {import('./visitorFrames.js').FrameContext} FrameContext */
/** @typedef {import('./options.js').Settings} Settings */

/** The subprotocol an agent asks for; its token travels as a second one, `heed.token.<base64url>`. */
export const AGENT_PROTOCOL = 'heed.agent';
const TOKEN_PREFIX = 'heed.token.';

/**
 * Picks `heed.agent` when offered (browsers require the server to pick one they offered).
 * @param {Set<string>} protocols
 * @returns {string | false}
 */
export function selectProtocol(protocols) {
  return protocols.has(AGENT_PROTOCOL) ? AGENT_PROTOCOL : false;
}

/**
 * The token an agent sent as `heed.token.<base64url of its UTF-8>`, or ''.
 * @param {import('node:http').IncomingMessage} req
 */
function tokenOf(req) {
  const offered = String(req.headers['sec-websocket-protocol'] ?? '').split(',');
  const value = offered.map((p) => p.trim()).find((p) => p.startsWith(TOKEN_PREFIX));
  return value ? Buffer.from(value.slice(TOKEN_PREFIX.length), 'base64url').toString('utf8') : '';
}

/**
 * Compares in constant time: hashing first makes the lengths equal too.
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

/** @param {string} pathname */
function roleOf(pathname) {
  const path = pathname.replace(/\/+$/, '') || '/';
  return path === '/visitor' || path === '/' ? 'visitor' : path === '/agent' ? 'agent' : null;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]', '0.0.0.0', '::']);

/**
 * Whether a Host header names this relay: its listening address (and the localhost names when it
 * listens on loopback or every interface) with its port, or a configured name (`hosts`).
 * @param {Settings} settings
 * @param {number} port
 * @param {string | undefined} header
 */
function knownHost(settings, port, header) {
  if (!header) return false;
  const host = header.toLowerCase();
  const name = host.replace(/:\d+$/, '');
  const bound = settings.host.toLowerCase();
  const names = LOOPBACK.has(bound) ? ['127.0.0.1', 'localhost', '[::1]'] : [bound.includes(':') ? `[${bound}]` : bound];
  if (names.some((n) => host === `${n}:${port}`)) return true;
  return settings.hosts.some((h) => h === host || (!/:\d+$/.test(h) && h === name));
}

/**
 * Whether a request may act as an agent by where it comes from: a Host naming this relay, and
 * no Origin (not a browser), the relay's own origin or a configured console origin.
 * @param {Settings} settings
 * @param {number} port
 * @param {import('node:http').IncomingMessage} req
 */
export function agentOriginOk(settings, port, req) {
  const { origin, host } = req.headers;
  const hostOk = knownHost(settings, port, host);
  const own = hostOk && origin !== undefined && safeHost(origin) === host?.toLowerCase();
  return hostOk && (origin === undefined || own || settings.allowConsoleOrigin(origin));
}

/**
 * Signs an agent socket in: the session cookie of the console, or the shared token when the
 * relay has one. Resolves to the account name ('' for the token), or null when refused.
 * @param {FrameContext} ctx
 * @param {Settings} settings
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<{ name: string | null, teams: string[] } | null>}
 */
async function signIn(ctx, settings, req) {
  const agent = await agentOf(ctx.store, req);
  if (agent) return { name: agent.name, teams: agent.teams };
  const given = tokenOf(req);
  if (settings.token && given && sameSecret(given, settings.token)) return { name: null, teams: [] };
  return null;
}

/**
 * @param {FrameContext} ctx
 * @param {Settings} settings
 * @param {import('ws').WebSocketServer} wss
 * @param {{ closing: () => boolean, port: () => number, guard: import('./guard.js').Guard }} state
 *   shutting down; the listening port; the per-address limits
 * @returns {(req: import('node:http').IncomingMessage, socket: import('node:stream').Duplex, head: Buffer) => void}
 */
export function createUpgradeHandler(ctx, settings, wss, state) {
  const { guard } = state;
  return (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    let url;
    try {
      url = new URL(req.url ?? '/', 'http://relay.invalid');
    } catch {
      return refuseUpgrade(socket, 400, 'Bad Request');
    }
    const role = roleOf(url.pathname);
    if (!role) return refuseUpgrade(socket, 404, 'Not Found');
    const addr = req.socket.remoteAddress ?? '';
    const { origin, host } = req.headers;
    const hostOk = knownHost(settings, state.port(), host);
    // The relay's own pages (the console) are allowed; a foreign Host is not "own" (DNS rebinding).
    const own = hostOk && origin !== undefined && safeHost(origin) === host?.toLowerCase();
    const allowed = role === 'agent' ? agentOriginOk(settings, state.port(), req) : own || settings.allowOrigin(origin);
    if (!allowed) {
      settings.log(`refused ${role} upgrade from origin ${origin} (host ${host})`);
      return refuseUpgrade(socket, 403, 'Forbidden');
    }
    if (role === 'agent' && guard.lockedOut(addr, Date.now())) {
      settings.log(`refused agent upgrade from ${addr}: too many failed sign-ins`);
      return refuseUpgrade(socket, 429, 'Too Many Requests');
    }
    if (guard.full(addr)) {
      settings.log(`refused ${role} upgrade from ${addr}: ${settings.maxConnectionsPerAddress} connections open`);
      return refuseUpgrade(socket, 429, 'Too Many Requests');
    }
    const signedIn = role === 'agent' ? signIn(ctx, settings, req) : Promise.resolve(null);
    signedIn.catch(() => {});
    wss.handleUpgrade(req, socket, head, (ws) => {
      guard.opened(addr);
      ws.once('close', () => guard.closed(addr));
      if (state.closing()) return ws.close(1001, 'relay shutting down');
      const conn = attach(ctx, settings, ws, role);
      if (role === 'visitor') return;
      // The agent's frames wait until it is signed in.
      conn.ready = signedIn.then(
        async (agent) => {
          if (!agent) {
            guard.failed(addr, Date.now());
            ctx.hub.conns.delete(conn);
            sendError(conn, 'unauthorized', 'sign in to the console, or send a valid agent token (Sec-WebSocket-Protocol heed.token.…)');
            ws.close(4401, 'unauthorized');
            return;
          }
          if (ws.readyState !== ws.OPEN) return;
          guard.succeeded(addr);
          conn.authed = true;
          conn.agentName = agent.name;
          // An account answers for its own teams unless the console picks some.
          if (agent.teams.length) conn.accountTeams = conn.teams = agent.teams;
          ctx.hub.agents.add(conn);
          await sendConversations(ctx, conn);
          await sendRequests(ctx, conn);
          send(conn, { type: 'presence', ...ctx.presence.current() });
        },
        () => {
          ctx.hub.conns.delete(conn);
          sendError(conn, 'internal', 'the relay could not check the sign-in; try again');
          ws.close(1011, 'sign-in check failed');
        },
      );
    });
  };
}

/** @param {string} origin */
function safeHost(origin) {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
