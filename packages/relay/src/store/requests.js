// Visitors' callback and email requests: stored once per client id, listed for agents, marked done.

import { REQUEST_FIELDS as FIELDS, toRequest } from './rows.js';

/** @typedef {import('../shared/frames.js').VisitorRequest} VisitorRequest */
/** @typedef {import('../shared/frames.js').RequestItem} RequestItem */


/**
 * @param {import('better-sqlite3').Database} db
 */
export function requestStore(db) {
  const find = db.prepare('SELECT * FROM requests WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO requests (id, visitor_id, kind, team, name, phone, window, email, message, context, created_at)
     VALUES (@id, @visitorId, @kind, @team, @name, @phone, @window, @email, @message, @context, @createdAt)`,
  );
  const list = db.prepare('SELECT * FROM requests ORDER BY created_at DESC, rowid DESC LIMIT ?');
  const setDone = db.prepare('UPDATE requests SET done_at = ? WHERE id = ?');
  /** @type {(visitorId: string, request: VisitorRequest, now: number) => { item: RequestItem, duplicate: boolean }} */
  const add = db.transaction((visitorId, request, now) => {
    const existing = find.get(request.id);
    if (existing) return { item: toRequest(existing), duplicate: true };
    const context = request.context ? JSON.stringify(request.context) : null;
    const { id, kind, team, name } = request;
    const optional = Object.fromEntries(FIELDS.map((key) => [key, request[key] ?? null]));
    insert.run({ id, visitorId, kind, team, name, ...optional, context, createdAt: now });
    return { item: toRequest(find.get(id)), duplicate: false };
  });

  return {
    /**
     * Stores a request once: a request whose id is already stored is not stored again (the
     * original comes back with `duplicate: true`), whoever resends it.
     */
    addRequest: add,
    /**
     * @param {string} id
     * @returns {RequestItem | null}
     */
    getRequest(id) {
      const row = find.get(id);
      return row ? toRequest(row) : null;
    },
    /**
     * Requests, newest first.
     * @param {number} [limit]
     * @returns {RequestItem[]}
     */
    listRequests: (limit = 500) => list.all(limit).map(toRequest),
    /**
     * Marks a request done (or not done again); null when there is no such request.
     * @param {string} id
     * @param {boolean} done
     * @param {number} now
     * @returns {RequestItem | null}
     */
    markDone(id, done, now) {
      setDone.run(done ? now : null, id);
      const row = find.get(id);
      return row ? toRequest(row) : null;
    },
  };
}
