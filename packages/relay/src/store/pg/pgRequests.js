// Visitors' callback and email requests in PostgreSQL: stored once per client id (a resend from
// any instance gets the stored one back), listed for agents, marked done.

import { toRequest } from '../rows.js';

/** @typedef {import('../../shared/frames.js').RequestItem} RequestItem */


/**
 * @param {import('pg').Pool} pool
 * @param {(pool: import('pg').Pool, work: (c: import('pg').PoolClient) => Promise<any>) => Promise<any>} transaction
 */
export function pgRequests(pool, transaction) {
  /** @param {string} id */
  const find = async (id) => (await pool.query('SELECT * FROM requests WHERE id = $1', [id])).rows[0] ?? null;
  return {
    /**
     * @param {string} visitorId
     * @param {import('../../shared/frames.js').VisitorRequest} request
     * @param {number} now
     * @returns {Promise<{ item: RequestItem, duplicate: boolean }>}
     */
    addRequest: (visitorId, request, now) =>
      transaction(pool, async (c) => {
        const context = request.context ? JSON.stringify(request.context) : null;
        const inserted = await c.query(
          `INSERT INTO requests (id, visitor_id, kind, team, name, phone, "window", email, message, context, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (id) DO NOTHING RETURNING *`,
          [request.id, visitorId, request.kind, request.team, request.name, request.phone ?? null, request.window ?? null,
            request.email ?? null, request.message ?? null, context, now],
        );
        if (inserted.rowCount) return { item: toRequest(inserted.rows[0]), duplicate: false };
        const existing = await c.query('SELECT * FROM requests WHERE id = $1', [request.id]);
        return { item: toRequest(existing.rows[0]), duplicate: true };
      }),
    /** @param {string} id */
    async getRequest(id) {
      const row = await find(id);
      return row ? toRequest(row) : null;
    },
    /** @param {number} [limit] */
    async listRequests(limit = 500) {
      const { rows } = await pool.query('SELECT * FROM requests ORDER BY created_at DESC, row_order DESC LIMIT $1', [limit]);
      return rows.map(toRequest);
    },
    /**
     * @param {string} id
     * @param {boolean} done
     * @param {number} now
     */
    async markDone(id, done, now) {
      const { rows } = await pool.query('UPDATE requests SET done_at = $1 WHERE id = $2 RETURNING *', [done ? now : null, id]);
      return rows[0] ? toRequest(rows[0]) : null;
    },
  };
}
