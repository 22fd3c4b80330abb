// Every SQL statement the relay runs, prepared once per database.

/**
 * @param {import('better-sqlite3').Database} db
 */
export function prepareStatements(db) {
  return {
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
         topic = COALESCE(?, topic), summary = COALESCE(?, summary), team = COALESCE(?, team)
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
    changedSince: db.prepare(
      `SELECT c.id, c.last_seq AS lastSeq,
         COALESCE((SELECT MAX(seq) FROM messages m WHERE m.conversation_id = c.id AND m.at < ?), 0) AS seqBefore
       FROM conversations c WHERE c.updated_at >= ? AND c.last_seq > 0`,
    ),
    seqBefore: db.prepare('SELECT COALESCE(MAX(seq), 0) AS n FROM messages WHERE conversation_id = ? AND at < ?'),
    listActive: db.prepare(
      'SELECT * FROM conversations WHERE last_seq > 0 ORDER BY updated_at DESC, rowid DESC LIMIT ?',
    ),
  };
}

/** @typedef {ReturnType<typeof prepareStatements>} Statements */
