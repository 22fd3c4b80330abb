// Draining sockets on shutdown: each is closed with 1001 ("going away"), which Heed's widget and
// console treat as "reconnect" — behind a load balancer they land on another instance.

import { WebSocket } from 'ws';

/**
 * Closes every socket with 1001, waiting a moment for the close handshakes.
 * @param {WebSocket[]} sockets
 */
export async function closeSockets(sockets) {
  const done = Promise.all(
    sockets.map(
      (ws) =>
        new Promise((resolve) => {
          if (ws.readyState === WebSocket.CLOSED) return resolve(undefined);
          ws.once('close', () => resolve(undefined));
        }),
    ),
  );
  for (const ws of sockets) ws.close(1001, 'relay shutting down');
  // Give clients a moment to answer the close handshake, then cut them off.
  const timer = setTimeout(() => sockets.forEach((ws) => ws.terminate()), 1000);
  await done;
  clearTimeout(timer);
}
