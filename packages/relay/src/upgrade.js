// WebSocket upgrades: the path picks the role, the origin allow-list guards browsers, and an
// agent socket must carry the agent token.

import { sendConversations } from './conversations.js';
import { createHash, timingSafeEqual } from 'node:crypto';
import { attach } from './connection.js';
import { send, sendError } from './fanout.js';

/** @typedef {import('./visitorFrames.js').FrameContext} FrameContext */
/** @typedef {import('./options.js').Settings} Settings */

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

/**
 * @param {FrameContext} ctx
 * @param {Settings} settings
 * @param {import('ws').WebSocketServer} wss
 * @param {() => boolean} closing  true once the relay is shutting down
 * @returns {(req: import('node:http').IncomingMessage, socket: import('node:stream').Duplex, head: Buffer) => void}
 */
export function createUpgradeHandler(ctx, settings, wss, closing) {
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
    const origin = req.headers.origin;
    // The console is served by the relay itself, so the agent endpoint also accepts its own origin.
    if (!settings.allowOrigin(origin, role === 'agent' ? req.headers.host : undefined)) {
      settings.log(`refused ${role} upgrade from origin ${origin}`);
      return refuseUpgrade(socket, 403, 'Forbidden');
    }
    const given = url.searchParams.get('token') ?? '';
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (closing()) return ws.close(1001, 'relay shutting down');
      const conn = attach(ctx, settings, ws, role);
      if (role === 'visitor') return;
      if (!sameSecret(given, settings.token)) {
        ctx.hub.conns.delete(conn);
        sendError(conn, 'unauthorized', 'a valid agent token is required (?token=…)');
        ws.close(4401, 'unauthorized');
        return;
      }
      ctx.hub.agents.add(conn);
      sendConversations(ctx, conn);
      send(conn, { type: 'presence', ...ctx.presence.current() });
    });
  };
}
