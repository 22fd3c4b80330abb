// Opening the relay's SQLite file: journal and sync settings, and the schema.
//
// Every write is a synchronous SQLite transaction, so once a message has been
// acknowledged it is on disk (WAL mode, synchronous=NORMAL survives a process
// crash; FULL would also survive a power cut and is used when `durable` is set).

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

const SCHEMA_VERSION = 3;

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

CREATE TABLE IF NOT EXISTS requests (
  id         TEXT PRIMARY KEY,
  visitor_id TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('callback', 'email')),
  team       TEXT NOT NULL,
  name       TEXT NOT NULL,
  phone      TEXT,
  window     TEXT,
  email      TEXT,
  message    TEXT,
  context    TEXT,
  created_at INTEGER NOT NULL,
  done_at    INTEGER
);
CREATE INDEX IF NOT EXISTS requests_created ON requests (created_at);

CREATE TABLE IF NOT EXISTS agents (
  name       TEXT PRIMARY KEY,
  password   TEXT NOT NULL,
  teams      TEXT NOT NULL DEFAULT '[]',
  created_at INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS sessions (
  id         TEXT PRIMARY KEY,
  agent      TEXT NOT NULL REFERENCES agents (name) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
`;

/**
 * Version 2 added the requests table, version 3 agent accounts and sessions (both created above).
 * Version 1 databases lack the conversation's team (the `requests` table is created above).
 * @param {import('better-sqlite3').Database} db
 */
function migrate(db) {
  const columns = /** @type {Array<{ name: string }>} */ (db.pragma('table_info(conversations)'));
  if (!columns.some((column) => column.name === 'team')) db.exec('ALTER TABLE conversations ADD COLUMN team TEXT');
}

/**
 * @param {string} file  path of the SQLite file, or ':memory:'
 * @param {boolean} durable  fsync every commit
 * @returns {import('better-sqlite3').Database}
 */
export function openDatabase(file, durable) {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${durable ? 'FULL' : 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 2000');
  const version = /** @type {number} */ (db.pragma('user_version', { simple: true }));
  if (version > SCHEMA_VERSION) {
    throw new Error(`relay database ${file} has schema version ${version}, newer than this relay (${SCHEMA_VERSION})`);
  }
  db.transaction(() => {
    db.exec(SCHEMA);
    migrate(db);
  })();
  db.pragma(`user_version = ${SCHEMA_VERSION}`);
  return db;
}
