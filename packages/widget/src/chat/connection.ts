import { relayUrl } from '@heed/core/internal';
import type { VisitorServerFrame } from '../../../relay/src/shared/frames.js';
import { backoffDelay } from './backoff.js';
import type { Cancel, Later } from './timers.js';

export interface ConnectionOptions {
  /** `chat.url` */
  url: string;
  later: Later;
  /** Whether a socket may be opened now (the visitor id is known, the client is not closed). */
  canConnect(): boolean;
  /** The socket opened: say hello. */
  opened(socket: WebSocket): void;
  frame(frame: VisitorServerFrame): void;
  /** Every frame (or none) counts as a sign of life; with nothing else to send, ping. */
  ping(): void;
  /** The socket went away (or was dropped): nothing queued for it can be written any more. */
  dropped(): void;
  /** `connecting` on a first attempt, `reconnecting` after a drop, until the next `welcome`. */
  status(status: 'connecting' | 'reconnecting'): void;
  report(error: unknown): void;
}

/** The visitor's socket to the relay: reconnection with backoff, keep-alive, online/offline. */
export interface Connection {
  socket(): WebSocket | undefined;
  connect(): void;
  /** The relay said `welcome`: the outage, if any, is over. */
  welcomed(): void;
  /** Closes the socket for good and stops listening to the network. */
  close(): void;
}

const PING_EVERY = 25_000;
const SILENCE_LIMIT = 10_000;

export function createConnection(options: ConnectionOptions): Connection {
  const { url, later } = options;
  let socket: WebSocket | undefined;
  let attempt = 0;
  let downSince = 0;
  let reported = false;
  let closed = false;
  let reconnectTimer: Cancel | undefined;
  let silenceTimer: Cancel | undefined;
  let pingTimer: Cancel | undefined;

  /** Drops the socket if nothing arrives for a while (half-open connections after sleep or network changes). */
  const expectFrame = () => {
    silenceTimer?.();
    const current = socket;
    silenceTimer = later(() => current === socket && current?.close(), SILENCE_LIMIT);
  };
  const heard = () => {
    silenceTimer?.();
    pingTimer?.();
    pingTimer = later(() => {
      options.ping();
      expectFrame();
    }, PING_EVERY);
  };

  const drop = () => {
    const current = socket;
    socket = undefined;
    options.dropped();
    silenceTimer?.();
    pingTimer?.();
    if (!current) return;
    current.onopen = current.onmessage = current.onclose = current.onerror = null;
    try {
      current.close(1000);
    } catch {
      // Already closing.
    }
  };

  const scheduleReconnect = () => {
    drop();
    if (closed) return;
    downSince ||= Date.now();
    // A relay that stays unreachable is a problem for the site owner: say so once per outage.
    if (!reported && attempt >= 4 && Date.now() - downSince > 10_000 && navigator.onLine !== false) {
      reported = true;
      options.report(new Error(`cannot reach the chat relay at ${url} (${attempt} attempts)`));
    }
    options.status('reconnecting');
    reconnectTimer?.();
    // Offline: wait for the `online` event instead of spinning.
    if (navigator.onLine === false) return;
    reconnectTimer = later(connect, backoffDelay(attempt++));
  };

  function connect() {
    reconnectTimer?.();
    if (closed || socket || !options.canConnect()) return;
    let current: WebSocket;
    try {
      current = new WebSocket(relayUrl(url, '/visitor', 'ws'));
    } catch (error) {
      // A malformed URL will not get better.
      options.report(error);
      return;
    }
    socket = current;
    options.status(downSince ? 'reconnecting' : 'connecting');
    expectFrame();
    current.onopen = () => {
      options.opened(current);
      expectFrame();
    };
    current.onmessage = (event) => {
      heard();
      let frame: VisitorServerFrame;
      try {
        frame = JSON.parse(String(event.data));
      } catch {
        return;
      }
      if (frame && typeof frame.type === 'string') options.frame(frame);
    };
    current.onclose = current.onerror = () => current === socket && scheduleReconnect();
  }

  const online = () => {
    attempt = 0;
    if (!socket) connect();
  };
  const offline = () => {
    // The socket is gone in all but name; messages wait in the outbox until `online`.
    if (socket) scheduleReconnect();
  };
  addEventListener('online', online);
  addEventListener('offline', offline);

  return {
    socket: () => socket,
    connect,
    welcomed() {
      attempt = downSince = 0;
      reported = false;
    },
    close() {
      closed = true;
      drop();
      removeEventListener('online', online);
      removeEventListener('offline', offline);
    },
  };
}
