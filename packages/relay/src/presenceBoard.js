// The presence board on PostgreSQL: each instance keeps one row with its online agents, renewed
// on a heartbeat and expiring when an instance stops without saying so (kill -9, a lost host).
// A change is announced on the fan-out bus ({ k: 'p' }) so others re-read at once.

/** @typedef {import('./store/storeTypes.js').InstancePresence} InstancePresence */

/**
 * @param {{ store: import('./store/storeTypes.js').PgStore, bus: import('./bus/busTypes.js').Bus,
 *   instance: string, ttlMs: number, logError: (line: string) => void }} deps
 * @returns {import('./presence.js').PresenceBoard}
 */
export function pgPresenceBoard({ store, bus, instance, ttlMs, logError }) {
  /** @type {string} the last share, to announce only changes */
  let last = '';
  /** @type {Promise<void>} writes in order */
  let writing = Promise.resolve();
  return {
    share(mine) {
      const text = JSON.stringify(mine);
      const changed = text !== last;
      last = text;
      writing = writing
        .then(() => store.putPresence(instance, mine, Date.now() + ttlMs))
        .then(() => {
          if (changed) bus.publish({ k: 'p' });
        })
        .catch((err) => logError(`presence write failed: ${err instanceof Error ? err.message : String(err)}`));
    },
    async leave() {
      await writing;
      await store.dropPresence(instance).catch(() => {});
      bus.publish({ k: 'p' });
    },
    async others() {
      const rows = await store.readPresence(Date.now());
      return rows.filter((r) => r.instance !== instance);
    },
  };
}
