// Durable storage for the relay: one embedded SQLite file (better-sqlite3).
//
// Every write is a synchronous SQLite transaction, so once a message has been
// acknowledged it is on disk (WAL mode, synchronous=NORMAL survives a process
// crash; FULL would also survive a power cut and is used when `durable` is set).

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';

/** @typedef {'visitor' | 'agent'} Sender */

/**
 * @typedef {object} StoredMessage
 * @property {string} conversationId
 * @property {number} seq
 * @property {string} id
 * @property {Sender} from
 * @property {string} text
 * @property {number} at
 * @property {MessageContext | null} context
 */

/**
 * What the visitor agreed to share with their first message.
 * @typedef {object} MessageContext
 * @property {string} [page]
 * @property {string} [title]
 * @property {string} [topic]
 * @property {string} [summary]
 */

/**
 * @typedef {object} ConversationRow
 * @property {string} id
 * @property {string} visitorId
 * @property {string | null} page
 * @property {string | null} title
 * @property {string | null} topic
 * @property {string | null} summary
 * @property {number} createdAt
 * @property {number} updatedAt
 * @property {number} lastSeq
 * @property {number} agentReadSeq
 */

/**
 * @typedef {object} ConversationSummary
 * @property {string} id
 * @property {string} visitorId
 * @property {string | null} page
 * @property {string | null} title
 * @property {string | null} topic
 * @property {string | null} summary
 * @property {{ seq: number, from: Sender, text: string, at: number } | null} lastMessage
 * @property {number} unread
 * @property {number} createdAt
 * @property {number} updatedAt
 */

/**
 * @typedef {object} AppendResult
 * @property {StoredMessage} message
 * @property {boolean} duplicate  true when the id was seen before: nothing was stored
 */

const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS conversations (
  id             TEXT PRIMARY KEY,
  visitor_id     TEXT NOT NULL,
  page           TEXT,
  title          TEXT,
  topic          TEXT,
  summary        TEXT,
  created_at     INTEGER NOT NULL,
  updated_at     INTEGER NOT NULL,
  last_seq       INTEGER NOT NULL DEFAULT 0,
  agent_read_seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS conversations_visitor ON conversations (visitor_id, updated_at);
CREATE INDEX IF NOT EXISTS conversations_updated ON conversations (updated_at);

CREATE TABLE IF NOT EXISTS messages (
  conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  seq             INTEGER NOT NULL,
  id              TEXT NOT NULL,
  sender          TEXT NOT NULL CHECK (sender IN ('visitor', 'agent')),
  text            TEXT NOT NULL,
  at              INTEGER NOT NULL,
  context         TEXT,
  PRIMARY KEY (conversation_id, seq),
  UNIQUE (conversation_id, id)
);
`;

/**
 * @param {unknown} value
 * @returns {MessageContext | null}
 */
function parseContext(value) {
  if (typeof value !== 'string') return null;
  try {
    const parsed = JSON.parse(value);
    return parsed && typeof parsed === 'object' ? /** @type {MessageContext} */ (parsed) : null;
  } catch {
    return null;
  }
}

/**
 * @param {any} row
 * @returns {StoredMessage}
 */
function toMessage(row) {
  return {
    conversationId: row.conversation_id,
    seq: row.seq,
    id: row.id,
    from: row.sender,
    text: row.text,
    at: row.at,
    context: parseContext(row.context),
  };
}

/**
 * @param {any} row
 * @returns {ConversationRow}
 */
function toConversation(row) {
  return {
    id: row.id,
    visitorId: row.visitor_id,
    page: row.page,
    title: row.title,
    topic: row.topic,
    summary: row.summary,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastSeq: row.last_seq,
    agentReadSeq: row.agent_read_seq,
  };
}

export class Store {
  /**
   * @param {string} file  path of the SQLite file, or ':memory:'
   * @param {{ durable?: boolean }} [options]
   */
  constructor(file, options = {}) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.file = file;
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.durable ? 'FULL' : 'NORMAL'}`);
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 2000');
    const version = /** @type {number} */ (this.db.pragma('user_version', { simple: true }));
    if (version > SCHEMA_VERSION) {
      throw new Error(`relay database ${file} has schema version ${version}, newer than this relay (${SCHEMA_VERSION})`);
    }
    this.db.exec(SCHEMA);
    this.db.pragma(`user_version = ${SCHEMA_VERSION}`);

    const db = this.db;
    this.q = {
      getConversation: db.prepare('SELECT * FROM conversations WHERE id = ?'),
      latestForVisitor: db.prepare(
        'SELECT * FROM conversations WHERE visitor_id = ? ORDER BY updated_at DESC, rowid DESC LIMIT 1',
      ),
      insertConversation: db.prepare(
        'INSERT INTO conversations (id, visitor_id, created_at, updated_at) VALUES (?, ?, ?, ?)',
      ),
      findMessage: db.prepare('SELECT * FROM messages WHERE conversation_id = ? AND id = ?'),
      insertMessage: db.prepare(
        'INSERT INTO messages (conversation_id, seq, id, sender, text, at, context) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      bumpConversation: db.prepare('UPDATE conversations SET last_seq = ?, updated_at = ? WHERE id = ?'),
      setContext: db.prepare(
        `UPDATE conversations SET
           page = COALESCE(?, page), title = COALESCE(?, title),
           topic = COALESCE(?, topic), summary = COALESCE(?, summary)
         WHERE id = ?`,
      ),
      messagesAfter: db.prepare('SELECT * FROM messages WHERE conversation_id = ? AND seq > ? ORDER BY seq'),
      lastMessage: db.prepare('SELECT * FROM messages WHERE conversation_id = ? ORDER BY seq DESC LIMIT 1'),
      unread: db.prepare(
        "SELECT COUNT(*) AS n FROM messages WHERE conversation_id = ? AND seq > ? AND sender = 'visitor'",
      ),
      markRead: db.prepare(
        'UPDATE conversations SET agent_read_seq = MAX(agent_read_seq, MIN(?, last_seq)) WHERE id = ?',
      ),
      listActive: db.prepare(
        'SELECT * FROM conversations WHERE last_seq > 0 ORDER BY updated_at DESC, rowid DESC LIMIT ?',
      ),
    };

    this.appendTx = db.transaction(
      /**
       * @param {string} conversationId
       * @param {{ id: string, from: Sender, text: string, context?: MessageContext | null, at: number }} input
       * @returns {AppendResult}
       */
      (conversationId, input) => {
        const existing = this.q.findMessage.get(conversationId, input.id);
        if (existing) return { message: toMessage(existing), duplicate: true };
        const conv = this.q.getConversation.get(conversationId);
        if (!conv) throw new Error(`unknown conversation ${conversationId}`);
        const seq = /** @type {any} */ (conv).last_seq + 1;
        const context = input.context && Object.keys(input.context).length ? input.context : null;
        this.q.insertMessage.run(
          conversationId,
          seq,
          input.id,
          input.from,
          input.text,
          input.at,
          context ? JSON.stringify(context) : null,
        );
        this.q.bumpConversation.run(seq, input.at, conversationId);
        if (context) {
          this.q.setContext.run(
            context.page ?? null,
            context.title ?? null,
            context.topic ?? null,
            context.summary ?? null,
            conversationId,
          );
        }
        // An agent's reply means the agent has read the thread up to here.
        if (input.from === 'agent') this.q.markRead.run(seq, conversationId);
        return {
          message: {
            conversationId,
            seq,
            id: input.id,
            from: input.from,
            text: input.text,
            at: input.at,
            context,
          },
          duplicate: false,
        };
      },
    );
  }

  /**
   * @param {string} id
   * @returns {ConversationRow | null}
   */
  getConversation(id) {
    const row = this.q.getConversation.get(id);
    return row ? toConversation(row) : null;
  }

  /**
   * The visitor's most recent conversation, or a new empty one.
   * @param {string} visitorId
   * @param {number} now
   * @returns {ConversationRow}
   */
  conversationForVisitor(visitorId, now) {
    const row = this.q.latestForVisitor.get(visitorId);
    if (row) return toConversation(row);
    const id = randomUUID();
    this.q.insertConversation.run(id, visitorId, now, now);
    return /** @type {ConversationRow} */ (this.getConversation(id));
  }

  /**
   * Store a message once. A message whose id the conversation already holds is
   * not stored again; the original is returned with `duplicate: true`.
   * @param {string} conversationId
   * @param {{ id: string, from: Sender, text: string, context?: MessageContext | null, at: number }} input
   * @returns {AppendResult}
   */
  append(conversationId, input) {
    return this.appendTx(conversationId, input);
  }

  /**
   * @param {string} conversationId
   * @param {number} afterSeq
   * @returns {StoredMessage[]}
   */
  messagesAfter(conversationId, afterSeq) {
    return this.q.messagesAfter.all(conversationId, afterSeq).map(toMessage);
  }

  /**
   * @param {string} conversationId
   * @param {number} seq
   */
  markRead(conversationId, seq) {
    this.q.markRead.run(seq, conversationId);
  }

  /**
   * @param {ConversationRow} conv
   * @returns {ConversationSummary}
   */
  summarize(conv) {
    const last = /** @type {any} */ (this.q.lastMessage.get(conv.id));
    const unread = /** @type {{ n: number }} */ (this.q.unread.get(conv.id, conv.agentReadSeq)).n;
    return {
      id: conv.id,
      visitorId: conv.visitorId,
      page: conv.page,
      title: conv.title,
      topic: conv.topic,
      summary: conv.summary,
      lastMessage: last ? { seq: last.seq, from: last.sender, text: last.text, at: last.at } : null,
      unread,
      createdAt: conv.createdAt,
      updatedAt: conv.updatedAt,
    };
  }

  /**
   * Conversations that hold at least one message, most recently active first.
   * @param {number} [limit]
   * @returns {ConversationSummary[]}
   */
  listConversations(limit = 200) {
    return this.q.listActive.all(limit).map((row) => this.summarize(toConversation(row)));
  }

  close() {
    if (this.db.open) this.db.close();
  }
}
