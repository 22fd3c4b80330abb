// Conversations as agents see them: the list, and updates when one changes.

import { send } from './fanout.js';

/** @typedef {import('./visitorFrames.js').FrameContext} FrameContext */
/** @typedef {import('./store/rows.js').ConversationRow} ConversationRow */

/**
 * A conversation as agents list it, with whether a visitor socket of it is connected.
 * @param {Pick<FrameContext, 'store' | 'hub'>} ctx
 * @param {ConversationRow} conv
 * @returns {import('./shared/frames.js').ConversationItem}
 */
export function conversationItem({ store, hub }, conv) {
  return { ...store.summarize(conv), visitorOnline: hub.visitorOnline(conv.id) };
}

/**
 * Tells agents about a conversation's new state (only once it holds a message).
 * @param {Pick<FrameContext, 'store' | 'hub'>} ctx
 * @param {string} conversationId
 */
export function publishConversation(ctx, conversationId) {
  if (ctx.hub.agents.size === 0) return;
  const conv = ctx.store.getConversation(conversationId);
  if (!conv || conv.lastSeq === 0) return;
  ctx.hub.toAgents({ type: 'conversation', item: conversationItem(ctx, conv) });
}

/**
 * @param {Pick<FrameContext, 'store' | 'hub'>} ctx
 * @param {import('./connection.js').Conn} conn
 */
export function sendConversations({ store, hub }, conn) {
  const items = store.listConversations().map((c) => ({ ...c, visitorOnline: hub.visitorOnline(c.id) }));
  send(conn, { type: 'conversations', items });
}
