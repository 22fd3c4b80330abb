// The relay's store on PostgreSQL: the same operations and guarantees as the SQLite store.
// A message's seq is taken from its conversation row, locked (FOR UPDATE) in the transaction
// that stores it, so writers on different instances queue on that row: no gaps, no duplicates,
// and a resent client id finds the stored message once the lock is theirs.

import pg from 'pg';
import { toAgent } from '../accounts.js';
import { toConversation, toMessage } from '../rows.js';
import { migrate } from './schema.js';
import { pgRequests } from './pgRequests.js';

/** @typedef {import('../storeTypes.js').PgStore} PgStore */
/** @typedef {import('../appendMessage.js').NewMessage} NewMessage */

/** bigint columns (times) as numbers: milliseconds fit well within 2^53. */
const types = {
  /** @param {number} oid @param {any} [format] */
  getTypeParser: (oid, format) => (oid === 20 ? Number : pg.types.getTypeParser(oid, format)),
};

/** @param {string} url  the server and database, without the password */
export function redact(url) {
  try {
    const u = new URL(url);
    u.password = u.password ? '***' : '';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/**
 * @param {pg.Pool} pool
 * @param {(client: pg.PoolClient) => Promise<any>} work
 */
async function transaction(pool, work) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

/**
 * Stores a message once (heed_append, schema.js: the conversation row locked FOR UPDATE, so
 * writers on every instance queue on it), or finds the one stored under its id.
 * @param {pg.Pool} pool
 * @param {string} conversationId
 * @param {NewMessage} input
 * @returns {Promise<import('../appendMessage.js').AppendResult>}
 */
async function append(pool, conversationId, input) {
  const context = input.context && Object.keys(input.context).length ? input.context : null;
  const { rows } = await pool.query('SELECT * FROM heed_append($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)', [
    conversationId, input.id, input.from, input.text, input.at, context ? JSON.stringify(context) : null,
    context?.page ?? null, context?.title ?? null, context?.topic ?? null, context?.summary ?? null, context?.team ?? null,
  ]);
  const row = rows[rows.length - 1];
  if (row.duplicate) {
    const found = await pool.query('SELECT * FROM messages WHERE conversation_id = $1 AND id = $2', [conversationId, input.id]);
    return { message: toMessage(found.rows[0]), duplicate: true };
  }
  const { id, from, text } = input;
  return { message: { conversationId, seq: row.seq, id, from, text, at: Number(row.at), context }, duplicate: false };
}

/**
 * Connects, applies migrations and returns the store.
 * @param {string} url  postgres://user:password@host:port/database
 * @returns {Promise<PgStore>}
 */
export async function openPgStore(url) {
  const pool = new pg.Pool({ connectionString: url, max: 20, types, application_name: 'heed-relay' });
  // An idle client losing its server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const first = await pool.connect();
  try {
    await migrate(first);
  } finally {
    first.release();
  }
  /** @param {string} sql @param {unknown[]} [args] */
  const rows = async (sql, args = []) => (await pool.query(sql, args)).rows;
  /** @param {string} sql @param {unknown[]} [args] */
  const one = async (sql, args = []) => (await rows(sql, args))[0] ?? null;
  /** @param {string} id */
  const getConversation = async (id) => {
    const row = await one('SELECT * FROM conversations WHERE id = $1', [id]);
    return row ? toConversation(row) : null;
  };
  /** @param {import('../rows.js').ConversationRow} conv */
  const summarize = async (conv) => {
    const [last, unread] = await Promise.all([
      one('SELECT seq, sender, text, at FROM messages WHERE conversation_id = $1 AND seq = $2', [conv.id, conv.lastSeq]),
      one("SELECT COUNT(*)::int AS n FROM messages WHERE conversation_id = $1 AND seq > $2 AND sender = 'visitor'", [conv.id, conv.agentReadSeq]),
    ]);
    const { id, visitorId, page, title, topic, summary, team, createdAt, updatedAt } = conv;
    const lastMessage = last ? { seq: last.seq, from: last.sender, text: last.text, at: last.at } : null;
    return { id, visitorId, page, title, topic, summary, team, lastMessage, unread: unread?.n ?? 0, createdAt, updatedAt };
  };

  return {
    kind: 'postgres',
    async summaryOf(id) {
      const row = await one(
        `SELECT c.*, m.seq AS l_seq, m.sender AS l_sender, m.text AS l_text, m.at AS l_at,
           (SELECT COUNT(*)::int FROM messages u
             WHERE u.conversation_id = c.id AND u.seq > c.agent_read_seq AND u.sender = 'visitor') AS l_unread
         FROM conversations c JOIN messages m ON m.conversation_id = c.id AND m.seq = c.last_seq
         WHERE c.id = $1`,
        [id],
      );
      if (!row) return null;
      const { visitorId, page, title, topic, summary, team, createdAt, updatedAt } = toConversation(row);
      const lastMessage = { seq: row.l_seq, from: row.l_sender, text: row.l_text, at: Number(row.l_at) };
      return { id, visitorId, page, title, topic, summary, team, lastMessage, unread: row.l_unread, createdAt, updatedAt };
    },
    where: redact(url),
    url,
    getConversation,
    summarize,
    async latestForVisitor(visitorId) {
      const row = await one('SELECT * FROM conversations WHERE visitor_id = $1 ORDER BY updated_at DESC, row_order DESC LIMIT 1', [visitorId]);
      return row ? toConversation(row) : null;
    },
    async createConversation(id, visitorId, now) {
      await pool.query(
        'INSERT INTO conversations (id, visitor_id, created_at, updated_at) VALUES ($1, $2, $3, $3) ON CONFLICT (id) DO NOTHING',
        [id, visitorId, now],
      );
      return /** @type {import('../rows.js').ConversationRow} */ (await getConversation(id));
    },
    append: (conversationId, input) => append(pool, conversationId, input),
    async messagesAfter(conversationId, afterSeq) {
      return (await rows('SELECT * FROM messages WHERE conversation_id = $1 AND seq > $2 ORDER BY seq', [conversationId, afterSeq])).map(toMessage);
    },
    async markRead(conversationId, seq) {
      await pool.query('UPDATE conversations SET agent_read_seq = GREATEST(agent_read_seq, LEAST($1, last_seq)) WHERE id = $2', [seq, conversationId]);
    },
    async listConversations(limit = 200) {
      const list = await rows('SELECT * FROM conversations WHERE last_seq > 0 ORDER BY updated_at DESC, row_order DESC LIMIT $1', [limit]);
      return Promise.all(list.map((row) => summarize(toConversation(row))));
    },
    async seqBefore(conversationId, at) {
      const row = await one('SELECT COALESCE(MAX(seq), 0) AS n FROM messages WHERE conversation_id = $1 AND at < $2', [conversationId, at]);
      return Number(row?.n ?? 0);
    },
    async changedSince(since) {
      const list = await rows(
        `SELECT c.id, c.last_seq AS "lastSeq",
           COALESCE((SELECT MAX(seq) FROM messages m WHERE m.conversation_id = c.id AND m.at < $1), 0) AS "seqBefore"
         FROM conversations c WHERE c.updated_at >= $1 AND c.last_seq > 0`,
        [since],
      );
      return list.map((r) => ({ id: r.id, lastSeq: Number(r.lastSeq), seqBefore: Number(r.seqBefore) }));
    },
    ...pgRequests(pool, transaction),
    async putAgent(agent, now) {
      await pool.query(
        `INSERT INTO agents (name, password, teams, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (name) DO UPDATE SET password = excluded.password, teams = excluded.teams`,
        [agent.name, agent.password, JSON.stringify(agent.teams), now],
      );
    },
    removeAgent: async (name) => ((await pool.query('DELETE FROM agents WHERE name = $1', [name])).rowCount ?? 0) > 0,
    async findAgent(name) {
      const row = await one('SELECT * FROM agents WHERE name = $1', [name]);
      return row ? toAgent(row) : null;
    },
    listAgents: async () => (await rows('SELECT * FROM agents ORDER BY name')).map(toAgent),
    countAgents: async () => Number((await one('SELECT COUNT(*)::int AS n FROM agents'))?.n ?? 0),
    async createSession(id, agent, now, expiresAt) {
      await pool.query('DELETE FROM sessions WHERE expires_at <= $1', [now]);
      await pool.query('INSERT INTO sessions (id, agent, created_at, expires_at) VALUES ($1, $2, $3, $4)', [id, agent, now, expiresAt]);
    },
    async sessionAgent(id, now) {
      const row = await one(
        'SELECT agents.* FROM sessions JOIN agents ON agents.name = sessions.agent WHERE sessions.id = $1 AND sessions.expires_at > $2',
        [id, now],
      );
      return row ? toAgent(row) : null;
    },
    async endSession(id) {
      await pool.query('DELETE FROM sessions WHERE id = $1', [id]);
    },
    async putPresence(instance, presence, expiresAt) {
      await pool.query(
        `INSERT INTO relay_presence (instance, agents, teams, expires_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (instance) DO UPDATE SET agents = excluded.agents, teams = excluded.teams, expires_at = excluded.expires_at`,
        [instance, presence.agents, presence.teams ? JSON.stringify(presence.teams) : null, expiresAt],
      );
    },
    async readPresence(now) {
      const list = await rows('SELECT instance, agents, teams FROM relay_presence WHERE expires_at > $1', [now]);
      return list.map((r) => ({ instance: r.instance, agents: Number(r.agents), teams: r.teams === null ? null : JSON.parse(r.teams) }));
    },
    async dropPresence(instance) {
      await pool.query('DELETE FROM relay_presence WHERE instance = $1', [instance]);
    },
    async notify(channel, payload) {
      await pool.query('SELECT pg_notify($1, $2)', [channel, payload]);
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await pool.end();
    },
  };
}
