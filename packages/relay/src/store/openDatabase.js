// Opening the relay's SQLite file: journal and sync settings, and the schema.
//
// Every write is a synchronous SQLite transaction, so once a message has been
// acknowledged it is on disk (WAL mode, synchronous=NORMAL survives a process
// crash; FULL would also survive a power cut and is used when `durable` is set).

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

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
  db.exec(SCHEMA);
  db.pragma(`user_version = ${SCHEMA_VERSION}`);
  return db;
}
