// Presence: how many agents switched to online, pushed to every socket when it changes.

import { send } from './fanout.js';

/** @typedef {import('./shared/frames.js').Presence} Presence */

/**
 * @param {import('./fanout.js').Hub} hub
 */
export function createPresence(hub) {
  /** @type {Presence} what everyone was last told */
  let told = { online: false, agents: 0 };

  /** @returns {Presence} */
  const current = () => {
    let online = 0;
    /** @type {Set<string> | undefined} */
    let teams = new Set();
    for (const a of hub.agents) {
      if (!a.online) continue;
      online += 1;
      // An agent who picked no teams answers for all of them.
      if (!a.teams) teams = undefined;
      else a.teams.forEach((team) => teams?.add(team));
    }
    /** @type {Presence} */
    const now = { online: online > 0, agents: online };
    if (online && teams) now.teams = [...teams].sort();
    return now;
  };

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
    publish,
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
      if (!publish()) send(conn, { type: 'presence', ...current() });
    },
  };
}

/** @typedef {ReturnType<typeof createPresence>} PresenceTracker */
