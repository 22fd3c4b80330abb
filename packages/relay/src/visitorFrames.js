// What the relay does with each visitor frame (PROTOCOL.md, "Visitor frames").

import { randomUUID } from 'node:crypto';
import { publishConversation } from './conversations.js';
import { send, sendError } from './fanout.js';
import { visitorRequest } from './requests.js';

/** @typedef {import('./connection.js').Conn} Conn */
/** @typedef {import('./parse.js').VisitorFrame} VisitorFrame */
/** @typedef {import('./store/rows.js').ConversationRow} ConversationRow */

/**
 * @typedef {object} FrameContext  what frame handlers work with
 * @property {import('./store/storeTypes.js').RelayStore} store
 * @property {import('./fanout.js').Hub} hub  this instance's sockets
 * @property {import('./bus/busTypes.js').Bus} bus  the other instances
 * @property {import('./delivery.js').Delivery} delivery
 * @property {import('./presence.js').PresenceTracker} presence
 * @property {Map<string, string>} pending  visitor id → id of a conversation not stored yet
 *   (chosen at hello, stored with the first message; forgotten when its last socket closes)
 */

/**
 * @param {FrameContext} ctx
 * @param {Conn} conn
 * @param {VisitorFrame} frame
 * @returns {Promise<void> | void}
 */
export function onVisitorFrame(ctx, conn, frame) {
  if (frame.type === 'ping') return send(conn, { type: 'pong' });
  if (frame.type === 'hello') return hello(ctx, conn, frame);
  const conversationId = conn.conversationId;
  if (!conversationId) {
    const id = frame.type === 'message' || frame.type === 'request' ? frame.id : undefined;
    return sendError(conn, 'hello-required', 'send hello first', id);
  }
  if (frame.type === 'typing') return void typing(ctx, conn, conversationId, frame.on);
  if (frame.type === 'request') {
    const { type: _type, ...request } = frame;
    return visitorRequest(ctx, conn, request);
  }
  return message(ctx, conn, conversationId, frame);
}

/**
 * Joins the socket to the visitor's conversation (an existing one, or the latest, or a new
 * one), then replays what the client has not seen.
 * @param {FrameContext} ctx
 * @param {Conn} conn
 * @param {Extract<VisitorFrame, { type: 'hello' }>} frame
 */
async function hello(ctx, conn, frame) {
  const { store, presence } = ctx;
  if (conn.conversationId) return sendError(conn, 'bad-frame', 'hello was already received on this socket');
  /** @type {ConversationRow | null} */
  let conv;
  const pendingId = ctx.pending.get(frame.visitorId);
  if (frame.conversationId && frame.conversationId === pendingId) {
    conv = null;
  } else if (frame.conversationId) {
    conv = await store.getConversation(frame.conversationId);
    if (!conv || conv.visitorId !== frame.visitorId) {
      return sendError(
        conn,
        'unknown-conversation',
        'no such conversation for this visitor; send hello without conversationId to start one',
      );
    }
  } else {
    conv = await store.latestForVisitor(frame.visitorId);
  }
  // A conversation is stored with its first message, not on hello: until then its id is held here.
  const id = conv?.id ?? pendingId ?? randomUUID();
  if (!conv) ctx.pending.set(frame.visitorId, id);
  conn.conversationId = id;
  conn.visitorId = frame.visitorId;
  const welcome = () =>
    send(conn, { type: 'welcome', conversationId: id, lastSeq: conv?.lastSeq ?? 0, presence: presence.current() });
  const first = await ctx.delivery.join(conn, id, frame.lastSeq, Boolean(conv), welcome);
  // Agents (on every instance) see the visitor come back.
  if (first && conv) await publishConversation(ctx, id, true);
}

/**
 * Relays a change of the visitor's typing state to agents (repeats are dropped).
 * @param {FrameContext} ctx
 * @param {Conn} conn
 * @param {string} conversationId
 * @param {boolean} on
 */
function typing(ctx, conn, conversationId, on) {
  const { hub } = ctx;
  // Agents do not know a conversation before its first message: nothing to show them yet.
  if (conn.typing === on || ctx.pending.get(conn.visitorId) === conversationId) return;
  conn.typing = on;
  hub.toAgents({ type: 'typing', conversationId, on });
  ctx.bus.publish({ k: 't', c: conversationId, on, to: 'a' });
}

/**
 * Stores the message (once per id), acknowledges it, and passes it on to agents and the
 * visitor's other tabs.
 * @param {FrameContext} ctx
 * @param {Conn} conn
 * @param {string} conversationId
 * @param {Extract<VisitorFrame, { type: 'message' }>} frame
 */
async function message(ctx, conn, conversationId, frame) {
  const { store, hub } = ctx;
  if (ctx.pending.get(conn.visitorId) === conversationId) {
    await store.createConversation(conversationId, conn.visitorId, Date.now());
    ctx.pending.delete(conn.visitorId);
  }
  const { message, duplicate } = await store.append(conversationId, {
    id: frame.id,
    from: 'visitor',
    text: frame.text,
    context: frame.context,
    at: Date.now(),
  });
  send(conn, { type: 'ack', id: message.id, seq: message.seq, at: message.at });
  if (duplicate) return;
  // Sending ends typing.
  if (conn.typing) {
    conn.typing = false;
    hub.toAgents({ type: 'typing', conversationId, on: false });
  }
  ctx.bus.publish({ k: 'm', c: conversationId, s: message.seq });
  await ctx.delivery.stored(message, conn);
}
