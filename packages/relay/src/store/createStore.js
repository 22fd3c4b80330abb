// Durable storage for the relay: one embedded SQLite file (better-sqlite3), as a plain object
// of the operations the relay needs.

import { appendTransaction } from './appendMessage.js';
import { openDatabase } from './openDatabase.js';
import { toConversation, toMessage } from './rows.js';
import { prepareStatements } from './statements.js';
import { requestStore } from './requests.js';
import { accountStore } from './accounts.js';

/** @typedef {import('./rows.js').ConversationRow} ConversationRow */
/** @typedef {import('./rows.js').StoredMessage} StoredMessage */
/** @typedef {import('./appendMessage.js').NewMessage} NewMessage */
/** @typedef {import('./appendMessage.js').AppendResult} AppendResult */
/** A conversation as agents list it, before the relay adds whether the visitor is connected. */
/** @typedef {Omit<import('../shared/frames.js').ConversationItem, 'visitorOnline'>} ConversationSummary */

/**
 * @param {import('./statements.js').Statements} q
 * @param {string} id
 * @returns {ConversationRow | null}
 */
function conversationById(q, id) {
  const row = q.getConversation.get(id);
  return row ? toConversation(row) : null;
}

/**
 * @param {import('./statements.js').Statements} q
 * @param {ConversationRow} conv
 * @returns {ConversationSummary}
 */
function summarizeConversation(q, conv) {
  const last = /** @type {any} */ (q.lastMessage.get(conv.id));
  const unread = /** @type {{ n: number }} */ (q.unread.get(conv.id, conv.agentReadSeq)).n;
  const { id, visitorId, page, title, topic, summary, team, createdAt, updatedAt } = conv;
  const lastMessage = last ? { seq: last.seq, from: last.sender, text: last.text, at: last.at } : null;
  return { id, visitorId, page, title, topic, summary, team, lastMessage, unread, createdAt, updatedAt };
}

/**
 * @param {string} file  path of the SQLite file, or ':memory:'
 * @param {{ durable?: boolean }} [options]
 */
export function createStore(file, options = {}) {
  const db = openDatabase(file, Boolean(options.durable));
  const q = prepareStatements(db);
  const append = appendTransaction(db, q);

  /** @param {string} id */
  const getConversation = (id) => conversationById(q, id);
  /** @param {ConversationRow} conv */
  const summarize = (conv) => summarizeConversation(q, conv);

  return {
    file,
    getConversation,
    summarize,
    /** @param {string} id */
    summaryOf(id) {
      const conv = getConversation(id);
      return conv && conv.lastSeq > 0 ? summarize(conv) : null;
    },
    /**
     * The visitor's most recent conversation, or null (none is created before a first message).
     * @param {string} visitorId
     * @returns {ConversationRow | null}
     */
    latestForVisitor(visitorId) {
      const row = q.latestForVisitor.get(visitorId);
      return row ? toConversation(row) : null;
    },
    /**
     * Stores a new, empty conversation under an id chosen at hello.
     * @param {string} id
     * @param {string} visitorId
     * @param {number} now
     * @returns {ConversationRow}
     */
    createConversation(id, visitorId, now) {
      q.insertConversation.run(id, visitorId, now, now);
      return /** @type {ConversationRow} */ (getConversation(id));
    },
    /**
     * Store a message once. A message whose id the conversation already holds is not stored
     * again; the original is returned with `duplicate: true`.
     * @param {string} conversationId
     * @param {NewMessage} input
     * @returns {AppendResult}
     */
    append: (conversationId, input) => append(conversationId, input),
    /**
     * @param {string} conversationId
     * @param {number} afterSeq
     * @returns {StoredMessage[]}
     */
    messagesAfter: (conversationId, afterSeq) => q.messagesAfter.all(conversationId, afterSeq).map(toMessage),
    /**
     * Moves the agents' read mark forward (never back, never past the end).
     * @param {string} conversationId
     * @param {number} seq
     */
    markRead(conversationId, seq) {
      q.markRead.run(seq, conversationId);
    },
    /**
     * Conversations that hold at least one message, most recently active first.
     * @param {number} [limit]
     * @returns {ConversationSummary[]}
     */
    listConversations: (limit = 200) => q.listActive.all(limit).map((row) => summarize(toConversation(row))),
    ...requestStore(db),
    ...accountStore(db),
    /**
     * @param {string} conversationId
     * @param {number} at
     */
    seqBefore: (conversationId, at) => /** @type {{ n: number }} */ (q.seqBefore.get(conversationId, at)).n,
    /**
     * Conversations changed since a time, with the last seq stored before it (a listener's catch-up).
     * @param {number} since
     */
    changedSince: (since) => /** @type {Array<{ id: string, lastSeq: number, seqBefore: number }>} */ (q.changedSince.all(since, since)),
    close() {
      if (db.open) db.close();
    },
  };
}

/** @typedef {ReturnType<typeof createStore>} Store */
