// Fan-out with one relay process (SQLite, or Postgres with a single instance and no listener):
// every socket is in this process, so the handlers' direct sends are all there is to do.

/** @returns {import('./busTypes.js').Bus} */
export function createLocalBus() {
  return {
    kind: 'local',
    publish() {},
    health: () => ({ kind: 'local', listening: true, reconnects: 0, lastError: null }),
    close: async () => {},
  };
}
