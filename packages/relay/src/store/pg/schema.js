// The relay's PostgreSQL schema as numbered migrations. `heed_schema` records the versions
// applied; each start applies the missing ones in one transaction under an advisory lock, so
// instances starting together do not race and a second run changes nothing.

/** @type {Array<{ version: number, sql: string }>} */
export const MIGRATIONS = [
  {
    version: 1,
    sql: `
CREATE TABLE conversations (
  id             text PRIMARY KEY,
  visitor_id     text NOT NULL,
  page           text,
  title          text,
  topic          text,
  summary        text,
  team           text,
  created_at     bigint NOT NULL,
  updated_at     bigint NOT NULL,
  last_seq       integer NOT NULL DEFAULT 0,
  agent_read_seq integer NOT NULL DEFAULT 0,
  row_order      bigserial
);
CREATE INDEX conversations_visitor ON conversations (visitor_id, updated_at);
CREATE INDEX conversations_updated ON conversations (updated_at);

CREATE TABLE messages (
  conversation_id text NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  seq             integer NOT NULL,
  id              text NOT NULL,
  sender          text NOT NULL CHECK (sender IN ('visitor', 'agent')),
  text            text NOT NULL,
  at              bigint NOT NULL,
  context         text,
  PRIMARY KEY (conversation_id, seq),
  UNIQUE (conversation_id, id)
);

CREATE TABLE requests (
  id         text PRIMARY KEY,
  visitor_id text NOT NULL,
  kind       text NOT NULL CHECK (kind IN ('callback', 'email')),
  team       text NOT NULL,
  name       text NOT NULL,
  phone      text,
  "window"   text,
  email      text,
  message    text,
  context    text,
  created_at bigint NOT NULL,
  done_at    bigint,
  row_order  bigserial
);
CREATE INDEX requests_created ON requests (created_at);`,
  },
  {
    version: 2,
    sql: `
CREATE TABLE agents (
  name       text PRIMARY KEY,
  password   text NOT NULL,
  teams      text NOT NULL DEFAULT '[]',
  created_at bigint NOT NULL
);
CREATE TABLE sessions (
  id         text PRIMARY KEY,
  agent      text NOT NULL REFERENCES agents (name) ON DELETE CASCADE,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL
);
CREATE INDEX sessions_expires ON sessions (expires_at);
-- One row per running instance: its online agents, refreshed on a heartbeat; a row past
-- expires_at belongs to an instance that stopped without saying so (kill -9, lost host).
CREATE TABLE relay_presence (
  instance   text PRIMARY KEY,
  agents     integer NOT NULL,
  teams      text,
  expires_at bigint NOT NULL
);`,
  },
  {
    // Storing a message in one round trip: the row lock, the dedup check, the insert and the
    // conversation update run inside the server (6 round trips from Node otherwise, while
    // holding the conversation's lock).
    version: 3,
    sql: `
CREATE FUNCTION heed_append(p_conversation text, p_id text, p_sender text, p_text text, p_at bigint,
  p_context text, p_page text, p_title text, p_topic text, p_summary text, p_team text)
RETURNS TABLE (seq integer, at bigint, context text, duplicate boolean)
LANGUAGE plpgsql AS $$
DECLARE
  next_seq integer;
BEGIN
  SELECT c.last_seq + 1 INTO next_seq FROM conversations c WHERE c.id = p_conversation FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no conversation %', p_conversation;
  END IF;
  RETURN QUERY SELECT m.seq, m.at, m.context, true FROM messages m
    WHERE m.conversation_id = p_conversation AND m.id = p_id;
  IF FOUND THEN
    RETURN;
  END IF;
  INSERT INTO messages (conversation_id, seq, id, sender, text, at, context)
    VALUES (p_conversation, next_seq, p_id, p_sender, p_text, p_at, p_context);
  UPDATE conversations SET last_seq = next_seq, updated_at = p_at,
    page = COALESCE(p_page, page), title = COALESCE(p_title, title), topic = COALESCE(p_topic, topic),
    summary = COALESCE(p_summary, summary), team = COALESCE(p_team, team),
    agent_read_seq = CASE WHEN p_sender = 'agent' THEN next_seq ELSE agent_read_seq END
  WHERE id = p_conversation;
  RETURN QUERY SELECT next_seq, p_at, p_context, false;
END $$;`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
const LOCK_KEY = 0x4ee0_0019;

/**
 * Applies the migrations this database lacks.
 * @param {import('pg').PoolClient} client
 * @returns {Promise<number>}  the version now in force
 */
export async function migrate(client) {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await client.query('CREATE TABLE IF NOT EXISTS heed_schema (version integer PRIMARY KEY, applied_at bigint NOT NULL)');
    const { rows } = await client.query('SELECT COALESCE(MAX(version), 0) AS v FROM heed_schema');
    const current = Number(rows[0].v);
    if (current > SCHEMA_VERSION) {
      throw new Error(`relay database has schema version ${current}, newer than this relay (${SCHEMA_VERSION})`);
    }
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO heed_schema (version, applied_at) VALUES ($1, $2)', [m.version, Date.now()]);
    }
    await client.query('COMMIT');
    return Math.max(current, SCHEMA_VERSION);
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  }
}
