import type { Store } from '@heed/core/internal';
import type { MessageContext, Outbox } from './outbox.js';
import type { PendingRequest } from './requestTypes.js';

/** One message of the thread as the visitor sees it. */
export interface ChatMessage {
  /** Client-made (visitor) or relay-made id; the key for dedup. */
  id: string;
  from: 'visitor' | 'agent';
  text: string;
  /** The relay's order; missing while the message waits for its `ack`. */
  seq?: number;
  at: number;
  /** Sent by this visitor and not acknowledged yet (it is in the outbox). */
  pending?: boolean;
  /** The relay refused it for good (too large, malformed): it will not be resent. */
  failed?: boolean;
}

/** Connection state: `reconnecting` after any drop or failed attempt, until the next `welcome`. */
export type ChatStatus = 'connecting' | 'open' | 'reconnecting';

/** What the chat view renders. A new object on every change. */
export interface ChatSnapshot {
  status: ChatStatus;
  /** Agents online according to the relay; undefined until it said. */
  presence?: { online: boolean; agents: number };
  agentTyping: boolean;
  /** The thread in order: acknowledged messages by `seq`, then pending ones as sent. */
  messages: ChatMessage[];
  /** The saved thread and outbox have been read (before that, "no messages" means "not known yet"). */
  loaded: boolean;
  conversationId?: string;
  /** Ids of callback/email requests for the relay not acknowledged yet. */
  requestsWaiting: string[];
  /** Ids of requests the relay refused for good. */
  requestsFailed: string[];
}

export interface RelayClientOptions {
  /** `chat.url`, e.g. `ws://127.0.0.1:8787`. */
  url: string;
  /** Heed's durable store: visitor id, conversation id, last seq and a copy of the thread. */
  store: Store;
  outbox: Outbox;
  /** Callback and email requests (those without a `url` go to the relay). */
  requests?: Outbox<PendingRequest>;
  /** Reports a problem that persists (an `error` event with code `chat`). */
  report(error: unknown): void;
}

export interface RelayClient {
  snapshot(): ChatSnapshot;
  /** Calls `listener` with every new snapshot (and keeps the client open); returns the unsubscribe function. */
  subscribe(listener: (snapshot: ChatSnapshot) => void): () => void;
  /** Queues a visitor message (outbox first, then the socket when it is open). */
  send(text: string, context?: MessageContext): void;
  /** Queues a callback or email request for the relay (outbox first, then the socket). */
  request(item: PendingRequest): void;
  /** The visitor started (`true`) or stopped typing. */
  typing(on: boolean): void;
  /** The view went away: close now, or once the outbox is empty. */
  release(): void;
  /** Closes the socket and stops every timer and listener. */
  close(): void;
  closed(): boolean;
}
