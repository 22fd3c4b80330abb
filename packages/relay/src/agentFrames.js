// What the relay does with each agent frame (PROTOCOL.md, "Agent frames").

import { conversationItem, publishConversation, sendConversations } from './conversations.js';
import { agentMessageFrame, send, sendError } from './fanout.js';
import { markDone, sendRequests } from './requests.js';

/** @typedef {import('./connection.js').Conn} Conn */
/** @typedef {import('./parse.js').AgentFrame} AgentFrame */
/** @typedef {import('./visitorFrames.js').FrameContext} FrameContext */
/** @typedef {import('./store/rows.js').ConversationRow} ConversationRow */

/**
 * @param {FrameContext} ctx
 * @param {Conn} conn
 * @param {AgentFrame} frame
 */
export async function onAgentFrame(ctx, conn, frame) {
  if (frame.type === 'ping') return send(conn, { type: 'pong' });
  if (frame.type === 'list') {
    await sendConversations(ctx, conn);
    return sendRequests(ctx, conn);
  }
  if (frame.type === 'done') return markDone(ctx, conn, frame);
  if (frame.type === 'presence') return ctx.presence.set(conn, frame.online, frame.teams ?? conn.accountTeams);
  const conv = await ctx.store.getConversation(frame.conversationId);
  if (!conv) {
    const id = frame.type === 'message' ? frame.id : undefined;
    return sendError(conn, 'unknown-conversation', `no conversation ${frame.conversationId}`, id);
  }
  switch (frame.type) {
    case 'open':
      return open(ctx, conn, conv, frame.lastSeq);
    case 'read':
      return read(ctx, conv, frame.seq);
    case 'typing':
      ctx.bus.publish({ k: 't', c: conv.id, on: frame.on, to: 'v' });
      return ctx.hub.toVisitors(conv.id, { type: 'typing', on: frame.on });
    case 'message':
      return message(ctx, conn, conv, frame);
    default:
      return;
  }
}

/**
 * Sends the thread after `lastSeq` and marks it read; other agents see the unread count drop.
 * @param {FrameContext} ctx
 * @param {Conn} conn
 * @param {ConversationRow} conv
 * @param {number} lastSeq
 */
async function open(ctx, conn, conv, lastSeq) {
  const { store } = ctx;
  await store.markRead(conv.id, conv.lastSeq);
  const fresh = /** @type {ConversationRow} */ (await store.getConversation(conv.id));
  send(conn, {
    type: 'thread',
    conversationId: conv.id,
    conversation: await conversationItem(ctx, fresh),
    messages: (await store.messagesAfter(conv.id, lastSeq)).map(agentMessageFrame),
  });
  if (fresh.agentReadSeq !== conv.agentReadSeq) await publishConversation(ctx, conv.id, true);
}

/**
 * @param {FrameContext} ctx
 * @param {ConversationRow} conv
 * @param {number} seq
 */
async function read(ctx, conv, seq) {
  const { store } = ctx;
  await store.markRead(conv.id, seq);
  const fresh = await store.getConversation(conv.id);
  if (fresh && fresh.agentReadSeq !== conv.agentReadSeq) await publishConversation(ctx, conv.id, true);
}

/**
 * Stores the reply (once per id), acknowledges it, and passes it on to the visitor's sockets
 * and the other agents.
 * @param {FrameContext} ctx
 * @param {Conn} conn
 * @param {ConversationRow} conv
 * @param {Extract<AgentFrame, { type: 'message' }>} frame
 */
async function message(ctx, conn, conv, frame) {
  const { store } = ctx;
  const { message, duplicate } = await store.append(conv.id, { id: frame.id, from: 'agent', text: frame.text, at: Date.now() });
  send(conn, { type: 'ack', conversationId: conv.id, id: message.id, seq: message.seq, at: message.at });
  if (duplicate) return;
  ctx.bus.publish({ k: 'm', c: conv.id, s: message.seq });
  await ctx.delivery.stored(message, conn);
}
