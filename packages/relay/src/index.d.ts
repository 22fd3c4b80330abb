// Public types of @heed/relay (the implementation is plain ESM JavaScript with
// JSDoc types, checked by `tsc --noEmit -p packages/relay`).

export interface RelayOptions {
  /** TCP port; 0 picks a free one. Default 8787. */
  port?: number;
  /** Interface to bind. Default '127.0.0.1'. */
  host?: string;
  /**
   * Browser origins allowed to open a WebSocket, as a list or a comma-separated string.
   * `http://host:*` allows any port, `https://*.example.com` any subdomain, `*` everything.
   * Default: http://127.0.0.1:* and http://localhost:*.
   */
  origins?: readonly string[] | string;
  /** SQLite file, or ':memory:'. Default packages/relay/data/relay.sqlite. */
  db?: string;
  /** Agent token required on /agent?token=…. Default 'demo-agent-token'. */
  token?: string;
  /** Frames larger than this get a `too-large` error frame. Default 16384. */
  maxFrameBytes?: number;
  /** Frames larger than this close the socket with 1009. Default 65536. */
  hardMaxFrameBytes?: number;
  /** Per-connection token bucket. Default { perSecond: 10, burst: 20 }. */
  rateLimit?: { perSecond: number; burst: number };
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
  /** e.g. ws://127.0.0.1:8787 (visitors: `${wsUrl}/visitor`, agents: `${wsUrl}/agent?token=…`) */
  wsUrl: string;
  port: number;
  host: string;
  /** The SQLite file in use. */
  db: string;
  /** Close every socket (code 1001), stop listening and close the database. Idempotent. */
  close(): Promise<void>;
}

export function startRelay(options?: RelayOptions): Promise<RelayHandle>;

export const DEFAULT_PORT: number;
export const DEFAULT_HOST: string;
export const DEFAULT_TOKEN: string;
export const DEFAULT_DB: string;
export const DEFAULT_ORIGINS: readonly string[];
export const LIMITS: Readonly<{ text: number; page: number; title: number; topic: number; summary: number }>;

// ---------------------------------------------------------------------------
// Wire protocol (JSON text frames). PROTOCOL.md is the full description.

export type ErrorCode =
  | 'bad-json'
  | 'bad-frame'
  | 'too-large'
  | 'rate-limited'
  | 'unauthorized'
  | 'unknown-conversation'
  | 'hello-required'
  | 'internal';

/** What the visitor agreed to share, sent with their first message. */
export interface MessageContext {
  /** http(s) URL or path of the page, ≤ 2048 characters */
  page?: string;
  /** page title, ≤ 300 */
  title?: string;
  /** topic from the site's page rules, ≤ 100 */
  topic?: string;
  /** the human-readable signal summary the visitor was shown, ≤ 2000 */
  summary?: string;
}

export interface Presence {
  /** true while at least one agent has switched to online */
  online: boolean;
  /** number of agents online */
  agents: number;
}

export interface ErrorFrame {
  type: 'error';
  code: ErrorCode;
  message: string;
  /** the id of the rejected message, when it had a usable one */
  id?: string;
}

// Visitor → relay (path /visitor)
export type VisitorClientFrame =
  | { type: 'hello'; visitorId: string; conversationId?: string | null; lastSeq?: number }
  | { type: 'message'; id: string; text: string; context?: MessageContext }
  | { type: 'typing'; on: boolean }
  | { type: 'ping' };

// Relay → visitor
export type VisitorServerFrame =
  | { type: 'welcome'; conversationId: string; lastSeq: number; presence: Presence }
  | { type: 'ack'; id: string; seq: number; at: number }
  | { type: 'message'; id: string; seq: number; from: 'visitor' | 'agent'; text: string; at: number }
  | { type: 'typing'; on: boolean }
  | ({ type: 'presence' } & Presence)
  | { type: 'pong' }
  | ErrorFrame;

export interface ConversationItem {
  id: string;
  visitorId: string;
  page: string | null;
  title: string | null;
  topic: string | null;
  summary: string | null;
  lastMessage: { seq: number; from: 'visitor' | 'agent'; text: string; at: number } | null;
  /** visitor messages the agents have not read */
  unread: number;
  createdAt: number;
  updatedAt: number;
  /** a visitor socket of this conversation is connected */
  visitorOnline: boolean;
}

export interface AgentMessage {
  type: 'message';
  conversationId: string;
  id: string;
  seq: number;
  from: 'visitor' | 'agent';
  text: string;
  at: number;
  context?: MessageContext;
}

// Agent → relay (path /agent?token=…)
export type AgentClientFrame =
  | { type: 'presence'; online: boolean }
  | { type: 'open'; conversationId: string; lastSeq?: number }
  | { type: 'message'; conversationId: string; id: string; text: string }
  | { type: 'typing'; conversationId: string; on: boolean }
  | { type: 'read'; conversationId: string; seq?: number }
  | { type: 'list' }
  | { type: 'ping' };

// Relay → agent
export type AgentServerFrame =
  | { type: 'conversations'; items: ConversationItem[] }
  | { type: 'conversation'; item: ConversationItem }
  | { type: 'thread'; conversationId: string; conversation: ConversationItem; messages: AgentMessage[] }
  | AgentMessage
  | { type: 'ack'; conversationId: string; id: string; seq: number; at: number }
  | { type: 'typing'; conversationId: string; on: boolean }
  | ({ type: 'presence' } & Presence)
  | { type: 'pong' }
  | ErrorFrame;
