// Heartbeat: a WebSocket ping to every socket each interval; one that did not answer the
// previous ping (nor sent anything) is dropped, which frees half-open connections.

/**
 * @param {Set<import('./connection.js').Conn>} conns
 * @param {number} everyMs
 * @param {(line: string) => void} log
 * @returns {() => void}  stops it
 */
export function startHeartbeat(conns, everyMs, log) {
  const timer = setInterval(() => {
    for (const conn of conns) {
      if (!conn.alive) {
        log(`dropping unresponsive ${conn.role} socket`);
        conn.ws.terminate();
        continue;
      }
      conn.alive = false;
      try {
        conn.ws.ping();
      } catch {
        conn.ws.terminate();
      }
    }
  }, everyMs);
  // The heartbeat alone never keeps the process alive.
  timer.unref();
  return () => clearInterval(timer);
}
