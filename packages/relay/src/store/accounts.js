// Agent accounts and their sign-in sessions in SQLite (the Postgres store has the same operations).

/**
 * @typedef {object} AgentAccount
 * @property {string} name
 * @property {string} password  `scrypt$…` (see auth/password.js), never the password itself
 * @property {string[]} teams  the expert teams the agent answers for (empty: all)
 * @property {number} createdAt
 */

/**
 * @param {any} row
 * @returns {AgentAccount}
 */
export function toAgent(row) {
  /** @type {unknown} */
  let teams = [];
  try {
    teams = JSON.parse(row.teams);
  } catch {
    teams = [];
  }
  return {
    name: row.name,
    password: row.password,
    teams: Array.isArray(teams) ? teams.filter((t) => typeof t === 'string') : [],
    createdAt: Number(row.created_at),
  };
}

/** @param {import('better-sqlite3').Database} db */
export function accountStore(db) {
  const find = db.prepare('SELECT * FROM agents WHERE name = ?');
  const upsert = db.prepare(
    `INSERT INTO agents (name, password, teams, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET password = excluded.password, teams = excluded.teams`,
  );
  const remove = db.prepare('DELETE FROM agents WHERE name = ?');
  const list = db.prepare('SELECT * FROM agents ORDER BY name');
  const count = db.prepare('SELECT COUNT(*) AS n FROM agents');
  const addSession = db.prepare('INSERT INTO sessions (id, agent, created_at, expires_at) VALUES (?, ?, ?, ?)');
  const findSession = db.prepare(
    'SELECT agents.* FROM sessions JOIN agents ON agents.name = sessions.agent WHERE sessions.id = ? AND sessions.expires_at > ?',
  );
  const dropSession = db.prepare('DELETE FROM sessions WHERE id = ?');
  const dropExpired = db.prepare('DELETE FROM sessions WHERE expires_at <= ?');
  return {
    /**
     * Adds an agent, or replaces the password and teams of one with that name.
     * @param {{ name: string, password: string, teams: string[] }} agent
     * @param {number} now
     */
    putAgent(agent, now) {
      upsert.run(agent.name, agent.password, JSON.stringify(agent.teams), now);
    },
    /** @param {string} name  true when there was such an agent */
    removeAgent: (name) => remove.run(name).changes > 0,
    /** @param {string} name */
    findAgent(name) {
      const row = find.get(name);
      return row ? toAgent(row) : null;
    },
    /** @returns {AgentAccount[]} */
    listAgents: () => list.all().map(toAgent),
    countAgents: () => /** @type {{ n: number }} */ (count.get()).n,
    /**
     * @param {string} id  the hash of the session secret (the secret itself is only in the cookie)
     * @param {string} agent
     * @param {number} now
     * @param {number} expiresAt
     */
    createSession(id, agent, now, expiresAt) {
      dropExpired.run(now);
      addSession.run(id, agent, now, expiresAt);
    },
    /**
     * The signed-in agent of a live session, or null.
     * @param {string} id
     * @param {number} now
     */
    sessionAgent(id, now) {
      const row = findSession.get(id, now);
      return row ? toAgent(row) : null;
    },
    /** @param {string} id */
    endSession(id) {
      dropSession.run(id);
    },
  };
}
