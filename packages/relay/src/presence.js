// Presence: how many agents switched to online, on this instance and (with Postgres) on every
// other one, pushed to every socket here when it changes. Other instances' agents come from a
// board (see presenceBoard.js) and are cached, so `current()` stays synchronous for /presence
// and the welcome frame.

import { send } from './fanout.js';

/** @typedef {import('./shared/frames.js').Presence} Presence */
/** @typedef {import('./store/storeTypes.js').InstancePresence} InstancePresence */

/**
 * @typedef {object} PresenceBoard  where instances share their online agents
 * @property {(mine: InstancePresence) => void} share  publish this instance's agents (never throws)
 * @property {() => Promise<InstancePresence[]>} others  the other live instances' agents
 * @property {() => Promise<void>} leave  this instance stops: its entry goes, others hear at once
 */

/** @type {PresenceBoard} */
export const LOCAL_BOARD = { share() {}, others: async () => [], leave: async () => {} };

/**
 * @param {InstancePresence[]} parts
 * @returns {Presence}
 */
function combine(parts) {
  let agents = 0;
  /** @type {Set<string> | undefined} */
  let teams = new Set();
  for (const part of parts) {
    if (part.agents <= 0) continue;
    agents += part.agents;
    // An agent who picked no teams answers for all of them.
    if (!part.teams) teams = undefined;
    else part.teams.forEach((team) => teams?.add(team));
  }
  /** @type {Presence} */
  const now = { online: agents > 0, agents };
  if (agents && teams) now.teams = [...teams].sort();
  return now;
}

/**
 * @param {import('./fanout.js').Hub} hub
 * @param {PresenceBoard} [board]
 */
export function createPresence(hub, board = LOCAL_BOARD) {
  /** @type {Presence} what everyone was last told */
  let told = { online: false, agents: 0 };
  /** @type {InstancePresence[]} */
  let remote = [];

  /** @returns {InstancePresence} */
  const mine = () => {
    let agents = 0;
    /** @type {Set<string> | null} */
    let teams = new Set();
    for (const a of hub.agents) {
      if (!a.online) continue;
      agents += 1;
      if (!a.teams) teams = null;
      else a.teams.forEach((team) => teams?.add(team));
    }
    return { agents, teams: teams ? [...teams] : null };
  };

  /** @returns {Presence} */
  const current = () => combine([mine(), ...remote]);

  /** Pushes presence to everyone when it changed; false when it had not. */
  const publish = () => {
    const now = current();
    if (now.online === told.online && now.agents === told.agents && String(now.teams) === String(told.teams)) return false;
    told = now;
    hub.toEveryone({ type: 'presence', ...now });
    return true;
  };

  return {
    current,
    /** This instance's agents changed (one signed off or dropped): tell everyone. */
    publish() {
      board.share(mine());
      return publish();
    },
    /** Re-reads the other instances' agents (heard that they changed, or on a heartbeat). */
    async refresh() {
      remote = await board.others();
      publish();
    },
    /** Shares this instance's agents again (keeps its entry from expiring). */
    renew: () => board.share(mine()),
    /** On shutdown, after the sockets are closed. */
    leave: () => board.leave(),
    /**
     * An agent flipped its Online switch. Everyone hears about a change; the sender always
     * gets the current state, changed or not.
     * @param {import('./connection.js').Conn} conn
     * @param {boolean} online
     * @param {string[]} [teams]  the teams it answers for (absent: all)
     */
    set(conn, online, teams) {
      conn.online = online;
      conn.teams = teams;
      board.share(mine());
      if (!publish()) send(conn, { type: 'presence', ...current() });
    },
  };
}

/** @typedef {ReturnType<typeof createPresence>} PresenceTracker */
