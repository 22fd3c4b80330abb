// Conversations as agents see them: the list, and updates when one changes.

import { send } from './fanout.js';

/** @typedef {import('./visitorFrames.js').FrameContext} FrameContext */
/** @typedef {import('./store/rows.js').ConversationRow} ConversationRow */

/**
 * A conversation as agents list it, with whether a visitor socket of it is connected here.
 * @param {Pick<FrameContext, 'store' | 'hub'>} ctx
 * @param {ConversationRow} conv
 * @returns {Promise<import('./shared/frames.js').ConversationItem>}
 */
export async function conversationItem({ store, hub }, conv) {
  return { ...(await store.summarize(conv)), visitorOnline: hub.visitorOnline(conv.id) };
}

/**
 * Tells agents here about a conversation's new state (only once it holds a message), and with
 * `share` the other instances too (a change no message announces: a read mark, a visitor
 * coming or going).
 * @param {Pick<FrameContext, 'store' | 'hub'> & { bus?: import('./bus/busTypes.js').Bus }} ctx
 * @param {string} conversationId
 * @param {boolean} [share]
 */
export async function publishConversation(ctx, conversationId, share = false) {
  if (share) ctx.bus?.publish({ k: 'c', c: conversationId });
  if (ctx.hub.agents.size === 0) return;
  const summary = await ctx.store.summaryOf(conversationId);
  if (!summary) return;
  ctx.hub.toAgents({ type: 'conversation', item: { ...summary, visitorOnline: ctx.hub.visitorOnline(conversationId) } });
}

/**
 * @param {Pick<FrameContext, 'store' | 'hub'>} ctx
 * @param {import('./connection.js').Conn} conn
 */
export async function sendConversations({ store, hub }, conn) {
  const items = (await store.listConversations()).map((c) => ({ ...c, visitorOnline: hub.visitorOnline(c.id) }));
  send(conn, { type: 'conversations', items });
}
