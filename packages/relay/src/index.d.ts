// Public types of @heed/relay, declared once: the JavaScript implementation refers to them in
// JSDoc (`import('./index.js').RelayOptions`) and `pnpm typecheck` checks it against them. The
// frames of the wire protocol are declared in shared/frames.d.ts, which the widget shares.

import type { RateLimit } from './shared/tokenBucket.js';

export interface RelayOptions {
  /** TCP port; 0 picks a free one. Default 8787. */
  port?: number;
  /** Interface to bind. Default '127.0.0.1'. */
  host?: string;
  /**
   * Browser origins allowed to open a WebSocket, as a list or a comma-separated string.
   * `http://host:*` allows any port, `https://*.example.com` any subdomain, `*` everything.
   * Default: none (only the relay's own origin); list the sites that embed the widget.
   */
  origins?: readonly string[] | string;
  /**
   * Storage: a SQLite file, ':memory:', or a PostgreSQL URL (`postgres://user:pass@host/db`),
   * which several instances can share. Default packages/relay/data/relay.sqlite.
   */
  db?: string;
  /**
   * A shared agent token for scripts, sent in the `Sec-WebSocket-Protocol` header (PROTOCOL.md).
   * Default: none (agents sign in with accounts), or 'demo-agent-token' with `demo`. Without a
   * token and without any agent account (outside demo mode) `startRelay` rejects.
   */
  token?: string;
  /**
   * Demo mode: without `token`, use the public 'demo-agent-token', and make sure the demo
   * agent account `demo` / `demo-password` exists. Never in production. Default false.
   */
  demo?: boolean;
  /** With Postgres: how long an instance's online agents count after its last heartbeat. Default 30000. */
  presenceTtlMs?: number;
  /**
   * Origins, besides the relay's own, whose pages may open the agent endpoint (a console served
   * elsewhere). Same patterns as `origins`. Default: none.
   */
  consoleOrigins?: readonly string[] | string;
  /**
   * Host names (`name` or `name:port`) the agent endpoint answers to besides the listening
   * address (and localhost names when bound to loopback), e.g. the name behind a reverse proxy.
   * An agent upgrade with another `Host` is refused (DNS rebinding). Default: none.
   */
  hosts?: readonly string[] | string;
  /** Open WebSocket connections allowed per client address. Default 20. */
  maxConnectionsPerAddress?: number;
  /** Frames larger than this get a `too-large` error frame. Default 16384. */
  maxFrameBytes?: number;
  /** Frames larger than this close the socket with 1009. Default 65536. */
  hardMaxFrameBytes?: number;
  /** Per-connection token bucket. Default { perSecond: 10, burst: 20 }. */
  rateLimit?: RateLimit;
  /** Heartbeat ping interval in ms; a socket silent for a whole interval is dropped. Default 30000. */
  heartbeatMs?: number;
  /** SQLite synchronous=FULL (survives power loss) instead of NORMAL. Default false. */
  durable?: boolean;
  /** Logger for one-line events, or false for silence. Default: errors only, to console.error. */
  log?: ((line: string) => void) | false;
}

export interface RelayHandle {
  /** e.g. http://127.0.0.1:8787 (health check at `${url}/health`, console at `${url}/console`) */
  url: string;
  /** e.g. ws://127.0.0.1:8787 (visitors: `${wsUrl}/visitor`, agents: `${wsUrl}/agent`) */
  wsUrl: string;
  port: number;
  host: string;
  /** The shared agent token in force, or null (agents sign in with accounts). */
  token: string | null;
  /** The SQLite file in use, or the Postgres URL without its password. */
  db: string;
  /** 'sqlite' or 'postgres' */
  storage: 'sqlite' | 'postgres';
  /** This process's id among the instances sharing a database. */
  instance: string;
  /** Close every socket (code 1001: clients reconnect), stop listening and close the database. Idempotent. */
  close(): Promise<void>;
}

export function startRelay(options?: RelayOptions): Promise<RelayHandle>;

export const DEFAULT_PORT: number;
export const DEFAULT_HOST: string;
export const DEFAULT_TOKEN: string;
export const DEFAULT_DB: string;
export const DEFAULT_ORIGINS: readonly string[];
export const LIMITS: Readonly<{ text: number; page: number; title: number; topic: number; summary: number }>;

export type {
  AgentClientFrame,
  AgentMessage,
  AgentServerFrame,
  ConversationItem,
  ErrorCode,
  ErrorFrame,
  MessageContext,
  Presence,
  PresenceFrame,
  Sender,
  ServerFrame,
  VisitorClientFrame,
  VisitorMessage,
  VisitorServerFrame,
} from './shared/frames.js';
export type { RateLimit } from './shared/tokenBucket.js';
