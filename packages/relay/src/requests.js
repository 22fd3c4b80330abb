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
export async function visitorRequest(ctx, conn, request) {
  const { item, duplicate } = await ctx.store.addRequest(conn.visitorId, request, Date.now());
  send(conn, { type: 'request-ack', id: item.id, at: item.createdAt });
  if (duplicate) return;
  ctx.hub.toAgents({ type: 'request', item });
  ctx.bus.publish({ k: 'r', r: item.id });
}

/**
 * An agent marked a request done (or not): stored, and every agent sees it.
 * @param {FrameContext} ctx
 * @param {Conn} conn
 * @param {{ id: string, done: boolean }} frame
 */
export async function markDone(ctx, conn, frame) {
  const item = await ctx.store.markDone(frame.id, frame.done, Date.now());
  if (!item) return sendError(conn, 'bad-frame', `no request ${frame.id}`, frame.id);
  ctx.hub.toAgents({ type: 'request', item });
  ctx.bus.publish({ k: 'r', r: item.id });
}

/**
 * Another instance stored or changed a request: its agents here see it.
 * @param {FrameContext} ctx
 * @param {string} id
 */
export async function remoteRequest(ctx, id) {
  if (ctx.hub.agents.size === 0) return;
  const item = await ctx.store.getRequest(id);
  if (item) ctx.hub.toAgents({ type: 'request', item });
}

/**
 * @param {Pick<FrameContext, 'store'>} ctx
 * @param {Conn} conn
 */
export async function sendRequests({ store }, conn) {
  send(conn, { type: 'requests', items: await store.listRequests() });
}
