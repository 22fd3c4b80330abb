// The relay's wire protocol (PROTOCOL.md describes every frame in prose): the one definition
// of the frames, used by the relay (JSDoc `import()` types, checked by tsc) and by the widget's
// chat client (`import type`). Types only, so importing it costs the browser bundle nothing.

export type ErrorCode =
  | 'bad-json'
  | 'bad-frame'
  | 'too-large'
  | 'rate-limited'
  | 'unauthorized'
  | 'unknown-conversation'
  | 'hello-required'
  | 'internal';

export type Sender = 'visitor' | 'agent';

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
  /** the expert team the chat was started for (the site's `experts[].name`), ≤ 80 */
  team?: string;
}

/** A visitor's request to be contacted by a team, outside the chat. */
export interface VisitorRequest {
  /** client-made id, the same on every resend: the relay stores it once */
  id: string;
  kind: 'callback' | 'email';
  /** the team's name, ≤ 80 */
  team: string;
  /** the visitor's name, 1–100 */
  name: string;
  /** callback: the number to call, ≤ 40 */
  phone?: string;
  /** callback: when suits the visitor, in their words, ≤ 100 */
  window?: string;
  /** email: where to answer, ≤ 254 */
  email?: string;
  /** email: what it is about, ≤ 4000 */
  message?: string;
  /** what the visitor agreed to share (the same fields as a message's) */
  context?: MessageContext;
}

/** A stored request as agents see it. */
export interface RequestItem extends Omit<VisitorRequest, 'context'> {
  visitorId: string;
  context: MessageContext | null;
  createdAt: number;
  /** when an agent marked it done, else null */
  doneAt: number | null;
}

export interface Presence {
  /** true while at least one agent has switched to online */
  online: boolean;
  /** number of agents online */
  agents: number;
  /**
   * the expert teams an online agent answers for; absent when some online agent answers for
   * every team (agents who picked no teams), so absent means "any team"
   */
  teams?: string[];
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
  | ({ type: 'request' } & VisitorRequest)
  | { type: 'ping' };

/** A visitor or relay `message` frame as the visitor side sees it. */
export interface VisitorMessage {
  type: 'message';
  id: string;
  seq: number;
  from: Sender;
  text: string;
  at: number;
}

// Relay → visitor
export type VisitorServerFrame =
  | { type: 'welcome'; conversationId: string; lastSeq: number; presence: Presence }
  | { type: 'ack'; id: string; seq: number; at: number }
  | { type: 'request-ack'; id: string; at: number }
  | VisitorMessage
  | { type: 'typing'; on: boolean }
  | PresenceFrame
  | { type: 'pong' }
  | ErrorFrame;

export type PresenceFrame = { type: 'presence' } & Presence;

export interface ConversationItem {
  id: string;
  visitorId: string;
  page: string | null;
  title: string | null;
  topic: string | null;
  summary: string | null;
  /** the team the chat was started for */
  team: string | null;
  lastMessage: { seq: number; from: Sender; text: string; at: number } | null;
  /** visitor messages the agents have not read */
  unread: number;
  createdAt: number;
  updatedAt: number;
  /** a visitor socket of this conversation is connected */
  visitorOnline: boolean;
}

export interface AgentMessage extends VisitorMessage {
  conversationId: string;
  context?: MessageContext;
}

// Agent → relay (path /agent?token=…)
export type AgentClientFrame =
  | { type: 'presence'; online: boolean; teams?: string[] }
  | { type: 'open'; conversationId: string; lastSeq?: number }
  | { type: 'message'; conversationId: string; id: string; text: string }
  | { type: 'typing'; conversationId: string; on: boolean }
  | { type: 'read'; conversationId: string; seq?: number }
  | { type: 'list' }
  | { type: 'done'; id: string; done: boolean }
  | { type: 'ping' };

// Relay → agent
export type AgentServerFrame =
  | { type: 'conversations'; items: ConversationItem[] }
  | { type: 'conversation'; item: ConversationItem }
  | { type: 'requests'; items: RequestItem[] }
  | { type: 'request'; item: RequestItem }
  | { type: 'thread'; conversationId: string; conversation: ConversationItem; messages: AgentMessage[] }
  | AgentMessage
  | { type: 'ack'; conversationId: string; id: string; seq: number; at: number }
  | { type: 'typing'; conversationId: string; on: boolean }
  | PresenceFrame
  | { type: 'pong' }
  | ErrorFrame;

/** Any frame the relay sends. */
export type ServerFrame = VisitorServerFrame | AgentServerFrame;
