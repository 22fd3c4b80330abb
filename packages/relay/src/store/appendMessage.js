// Storing a message: one transaction that dedups by id, assigns the next seq and keeps the
// conversation's context and read mark in step.

import { toMessage } from './rows.js';

/** @typedef {import('./rows.js').StoredMessage} StoredMessage */
/** @typedef {import('./rows.js').Sender} Sender */
/** @typedef {import('./rows.js').MessageContext} MessageContext */

/**
 * @typedef {object} NewMessage
 * @property {string} id
 * @property {Sender} from
 * @property {string} text
 * @property {MessageContext | null} [context]
 * @property {number} at
 */

/**
 * @typedef {object} AppendResult
 * @property {StoredMessage} message
 * @property {boolean} duplicate  true when the id was seen before: nothing was stored
 */

/**
 * @param {import('better-sqlite3').Database} db
 * @param {import('./statements.js').Statements} q
 * @returns {(conversationId: string, input: NewMessage) => AppendResult}
 */
export function appendTransaction(db, q) {
  return db.transaction((conversationId, input) => {
    const existing = q.findMessage.get(conversationId, input.id);
    if (existing) return { message: toMessage(existing), duplicate: true };
    const conv = /** @type {{ last_seq: number } | undefined} */ (q.getConversation.get(conversationId));
    if (!conv) throw new Error(`unknown conversation ${conversationId}`);
    const seq = conv.last_seq + 1;
    const context = input.context && Object.keys(input.context).length ? input.context : null;
    q.insertMessage.run(conversationId, seq, input.id, input.from, input.text, input.at, context ? JSON.stringify(context) : null);
    q.bumpConversation.run(seq, input.at, conversationId);
    if (context) {
      q.setContext.run(
        context.page ?? null,
        context.title ?? null,
        context.topic ?? null,
        context.summary ?? null,
        context.team ?? null,
        conversationId,
      );
    }
    // An agent's reply means the agent has read the thread up to here.
    if (input.from === 'agent') q.markRead.run(seq, conversationId);
    const { id, from, text, at } = input;
    return { message: { conversationId, seq, id, from, text, at, context }, duplicate: false };
  });
}
