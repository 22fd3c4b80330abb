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
    for (const a of hub.agents) if (a.online) online += 1;
    return { online: online > 0, agents: online };
  };

  /** Pushes presence to everyone when it changed; false when it had not. */
  const publish = () => {
    const now = current();
    if (now.online === told.online && now.agents === told.agents) return false;
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
     */
    set(conn, online) {
      conn.online = online;
      if (!publish()) send(conn, { type: 'presence', ...current() });
    },
  };
}

/** @typedef {ReturnType<typeof createPresence>} PresenceTracker */
