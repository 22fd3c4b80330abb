// Callback and email requests (PROTOCOL.md, "Requests"): stored once, acknowledged, shown to agents.

import { send, sendError } from './fanout.js';

/** @typedef {import('./connection.js').Conn} Conn */
/** @typedef {import('./visitorFrames.js').FrameContext} FrameContext */

/**
 * Stores the visitor's request (once per id) and acknowledges it; agents hear about a new one.
 * @param {FrameContext} ctx
 * @param {Conn} conn
 * @param {import('./shared/frames.js').VisitorRequest} request
 */
export function visitorRequest(ctx, conn, request) {
  const { item, duplicate } = ctx.store.addRequest(conn.visitorId, request, Date.now());
  send(conn, { type: 'request-ack', id: item.id, at: item.createdAt });
  if (!duplicate) ctx.hub.toAgents({ type: 'request', item });
}

/**
 * An agent marked a request done (or not): stored, and every agent sees it.
 * @param {FrameContext} ctx
 * @param {Conn} conn
 * @param {{ id: string, done: boolean }} frame
 */
export function markDone(ctx, conn, frame) {
  const item = ctx.store.markDone(frame.id, frame.done, Date.now());
  if (!item) return sendError(conn, 'bad-frame', `no request ${frame.id}`, frame.id);
  ctx.hub.toAgents({ type: 'request', item });
}

/**
 * @param {Pick<FrameContext, 'store'>} ctx
 * @param {Conn} conn
 */
export function sendRequests({ store }, conn) {
  send(conn, { type: 'requests', items: store.listRequests() });
}
