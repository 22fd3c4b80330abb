import type { Store } from '@heed/core/internal';
import type { MessageContext, Outbox, OutboxItem } from './outbox.js';
import { relayUrl } from '@heed/core/internal';
import { CHAT_PENDING_KEY } from './pendingKey.js';

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
}

export interface RelayClientOptions {
  /** `chat.url`, e.g. `ws://127.0.0.1:8787`. */
  url: string;
  /** Heed's durable store: visitor id, conversation id, last seq and a copy of the thread. */
  store: Store;
  outbox: Outbox;
  /** Reports a problem that persists (an `error` event with code `chat`). */
  report(error: unknown): void;
}

export interface RelayClient {
  snapshot(): ChatSnapshot;
  /** Calls `listener` with every new snapshot (and keeps the client open); returns the unsubscribe function. */
  subscribe(listener: (snapshot: ChatSnapshot) => void): () => void;
  /** Queues a visitor message (outbox first, then the socket when it is open). */
  send(text: string, context?: MessageContext): void;
  /** The visitor started (`true`) or stopped typing. */
  typing(on: boolean): void;
  /** The view went away: close now, or once the outbox is empty. */
  release(): void;
  /** Closes the socket and stops every timer and listener. */
  close(): void;
  closed(): boolean;
}

interface SavedThread {
  conversationId?: string;
  lastSeq: number;
  messages: ChatMessage[];
}

type Frame = Record<string, unknown> & { type: string };

const VISITOR_KEY = 'chat:visitor';
const THREAD_KEY = 'chat:thread';
const KEEP = 100;
const BACKOFF_BASE = 500;
const BACKOFF_CAP = 30_000;
const PING_EVERY = 25_000;
const SILENCE_LIMIT = 10_000;

const uuid = (): string =>
  crypto.randomUUID?.() ??
  // Pages served over plain http (not localhost) have no randomUUID.
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

const isId = (value: unknown): value is string => typeof value === 'string' && /^[\w.:-]{1,100}$/.test(value);

/**
 * A visitor's connection to the relay (PROTOCOL.md): one WebSocket, `hello` with the visitor id,
 * conversation id and last `seq` from the durable store, replay after `welcome`, resend of every
 * unacknowledged outbox message with its original id (the relay dedups), reconnection with
 * exponential backoff and full jitter, prompt retry on `online`, and a keep-alive that notices
 * dead sockets.
 */
export function createRelayClient({ url, store, outbox, report }: RelayClientOptions): RelayClient {
  const listeners = new Set<(snapshot: ChatSnapshot) => void>();
  const messages = new Map<string, ChatMessage>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let snap: ChatSnapshot = { status: 'connecting', agentTyping: false, messages: [], loaded: false };
  let visitorId: string | undefined;
  let conversationId: string | undefined;
  let lastSeq = 0;
  let socket: WebSocket | undefined;
  let welcomed = false;
  let attempt = 0;
  let downSince = 0;
  let reported = false;
  let isClosed = false;
  let released = false;
  let typingOn = false;
  // A token bucket under the relay's own limit (burst 20, 10/s): 10 frames, then 5 a second.
  let tokens = 10;
  let refilled = Date.now();
  let queue: string[] = [];
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  let silenceTimer: ReturnType<typeof setTimeout> | undefined;
  let pingTimer: ReturnType<typeof setTimeout> | undefined;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let pumpTimer: ReturnType<typeof setTimeout> | undefined;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  const later = (fn: () => void, ms: number) => {
    const id = setTimeout(() => {
      timers.delete(id);
      fn();
    }, ms);
    timers.add(id);
    return id;
  };
  const cancel = (id: ReturnType<typeof setTimeout> | undefined) => {
    if (id === undefined) return;
    clearTimeout(id);
    timers.delete(id);
  };

  const waiting = () => snap.messages.some((m) => m.pending);
  // The `chat:pending` hint in Heed's store, written when it changes rather than on every ack.
  let flagged: boolean | undefined;
  const flagPending = (on: boolean) => flagged !== on && void store.set(CHAT_PENDING_KEY, (flagged = on));

  const publish = (change: Partial<ChatSnapshot> = {}) => {
    const list = [...messages.values()].sort(
      (a, b) => (a.seq ?? Infinity) - (b.seq ?? Infinity) || a.at - b.at,
    );
    snap = { ...snap, ...change, messages: list, conversationId };
    listeners.forEach((listener) => listener(snap));
  };

  const save = () => {
    cancel(saveTimer);
    saveTimer = undefined;
    const kept = snap.messages.filter((m) => m.seq !== undefined).slice(-KEEP);
    const thread: SavedThread = { conversationId, lastSeq, messages: kept.map(({ pending: _p, failed: _f, ...m }) => m) };
    void store.set(THREAD_KEY, thread);
  };
  const saveSoon = () => (saveTimer ??= later(save, 50));
  // Leaving the page: write what is pending now (an IndexedDB write started here still lands).
  const leave = () => saveTimer !== undefined && save();

  /** Adds or updates a message, keyed by id (a replay or a second tab's copy never doubles it). */
  const merge = (message: ChatMessage) => {
    const known = messages.get(message.id);
    messages.set(message.id, { ...known, ...message, pending: false, failed: false });
    if (message.seq && message.seq > lastSeq) lastSeq = message.seq;
    if (known?.pending) void outbox.remove(message.id);
  };

  // ---------------------------------------------------------------- sending

  const pump = () => {
    cancel(pumpTimer);
    pumpTimer = undefined;
    const now = Date.now();
    tokens = Math.min(10, tokens + ((now - refilled) / 1000) * 5);
    refilled = now;
    while (queue.length && tokens >= 1 && socket?.readyState === 1) {
      socket.send(queue.shift()!);
      tokens--;
    }
    if (queue.length && socket?.readyState === 1) pumpTimer = later(pump, 200);
  };
  const sendFrame = (frame: Frame) => {
    queue.push(JSON.stringify(frame));
    pump();
  };
  const sendMessage = (item: Pick<OutboxItem, 'id' | 'text' | 'context'>) => {
    if (welcomed) sendFrame({ type: 'message', id: item.id, text: item.text, ...(item.context && { context: item.context }) });
  };
  const flush = async () => {
    const items = await outbox.list();
    for (const item of items) {
      // Messages from other tabs' outboxes join this thread too: it is the same visitor.
      if (!messages.has(item.id)) messages.set(item.id, { id: item.id, from: 'visitor', text: item.text, at: item.at, pending: true });
      if (messages.get(item.id)?.pending) sendMessage(item);
    }
    publish();
  };

  // ---------------------------------------------------------------- connection

  const hello = () =>
    socket?.send(JSON.stringify({ type: 'hello', visitorId, ...(conversationId && { conversationId, lastSeq }) }));

  /** Drops the socket if nothing arrives for a while (half-open connections after sleep or network changes). */
  const expectFrame = () => {
    cancel(silenceTimer);
    const current = socket;
    silenceTimer = later(() => current === socket && current?.close(), SILENCE_LIMIT);
  };
  const heard = () => {
    cancel(silenceTimer);
    cancel(pingTimer);
    pingTimer = later(() => {
      sendFrame({ type: 'ping' });
      expectFrame();
    }, PING_EVERY);
  };

  const drop = () => {
    const current = socket;
    socket = undefined;
    welcomed = false;
    queue = [];
    [silenceTimer, pingTimer, pumpTimer].forEach(cancel);
    if (current) {
      current.onopen = current.onmessage = current.onclose = current.onerror = null;
      try {
        current.close(1000);
      } catch {
        // Already closing.
      }
    }
  };

  const scheduleReconnect = () => {
    drop();
    if (isClosed) return;
    downSince ||= Date.now();
    // A relay that stays unreachable is a problem for the site owner: say so once per outage.
    if (!reported && attempt >= 4 && Date.now() - downSince > 10_000 && navigator.onLine !== false) {
      reported = true;
      report(new Error(`cannot reach the chat relay at ${url} (${attempt} attempts)`));
    }
    publish({ status: 'reconnecting', agentTyping: false });
    cancel(reconnectTimer);
    // Offline: wait for the `online` event instead of spinning.
    if (navigator.onLine === false) return;
    const delay = Math.random() * Math.min(BACKOFF_CAP, BACKOFF_BASE * 2 ** attempt++);
    reconnectTimer = later(connect, delay);
  };

  const receive = (frame: Frame) => {
    switch (frame.type) {
      case 'welcome':
        if (isId(frame.conversationId)) conversationId = frame.conversationId;
        welcomed = true;
        attempt = downSince = 0;
        reported = false;
        publish({ status: 'open', presence: frame.presence as ChatSnapshot['presence'] });
        saveSoon();
        void flush();
        if (typingOn) sendFrame({ type: 'typing', on: true });
        break;
      case 'message':
        if (!isId(frame.id) || typeof frame.text !== 'string') break;
        merge({
          id: frame.id,
          from: frame.from === 'agent' ? 'agent' : 'visitor',
          text: frame.text,
          seq: Number(frame.seq) || undefined,
          at: Number(frame.at) || Date.now(),
        });
        publish(frame.from === 'agent' ? { agentTyping: false } : {});
        saveSoon();
        break;
      case 'ack': {
        const known = isId(frame.id) && messages.get(frame.id);
        if (!known) break;
        merge({ ...known, seq: Number(frame.seq) || undefined, at: Number(frame.at) || known.at });
        publish();
        saveSoon();
        if (!waiting()) {
          flagPending(false);
          if (released && !listeners.size) close();
        }
        break;
      }
      case 'typing':
        cancel(typingTimer);
        // An agent who vanished mid-sentence does not type forever.
        if (frame.on) typingTimer = later(() => publish({ agentTyping: false }), 30_000);
        publish({ agentTyping: frame.on === true });
        break;
      case 'presence':
        publish({ presence: { online: frame.online === true, agents: Number(frame.agents) || 0 } });
        break;
      case 'error': {
        const pending = isId(frame.id) ? messages.get(frame.id) : undefined;
        if (frame.code === 'unknown-conversation') {
          // The relay forgot the conversation (or it is not ours): start a new one.
          conversationId = undefined;
          lastSeq = 0;
          for (const [id, message] of messages) if (!message.pending) messages.delete(id);
          publish();
          saveSoon();
          hello();
        } else if (pending?.pending && (frame.code === 'too-large' || frame.code === 'bad-frame')) {
          // Refused for good: resending would be refused again.
          messages.set(pending.id, { ...pending, pending: false, failed: true });
          void outbox.remove(pending.id);
          publish();
        } else if (pending?.pending) {
          // rate-limited or internal: nothing was stored, try again shortly.
          const id = pending.id;
          later(() => messages.get(id)?.pending && sendMessage({ id, text: pending.text }), 1500);
        }
        break;
      }
    }
  };

  function connect() {
    cancel(reconnectTimer);
    if (isClosed || socket || !visitorId) return;
    let current: WebSocket;
    try {
      current = new WebSocket(relayUrl(url, '/visitor', 'ws'));
    } catch (error) {
      // A malformed URL will not get better.
      report(error);
      return;
    }
    socket = current;
    publish({ status: downSince ? 'reconnecting' : 'connecting' });
    expectFrame();
    current.onopen = () => {
      hello();
      expectFrame();
    };
    current.onmessage = (event) => {
      heard();
      let frame: Frame;
      try {
        frame = JSON.parse(String(event.data));
      } catch {
        return;
      }
      if (frame && typeof frame.type === 'string') receive(frame);
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
  addEventListener('pagehide', leave);

  function close() {
    if (isClosed) return;
    isClosed = true;
    if (saveTimer !== undefined) save();
    if (typingOn && welcomed) socket?.send(JSON.stringify({ type: 'typing', on: false }));
    drop();
    timers.forEach(clearTimeout);
    timers.clear();
    removeEventListener('online', online);
    removeEventListener('offline', offline);
    removeEventListener('pagehide', leave);
    listeners.clear();
  }

  // Start: the saved thread and outbox first (an instant thread after a reload, even offline).
  void (async () => {
    try {
      visitorId = await store.get<string>(VISITOR_KEY);
      if (!isId(visitorId)) await store.set(VISITOR_KEY, (visitorId = uuid()));
      const saved = await store.get<SavedThread>(THREAD_KEY);
      if (saved && isId(saved.conversationId)) {
        conversationId = saved.conversationId;
        lastSeq = Number(saved.lastSeq) || 0;
        for (const message of saved.messages || []) if (isId(message.id)) messages.set(message.id, message);
      }
      const unsent = await outbox.list();
      for (const item of unsent) {
        if (!messages.has(item.id)) messages.set(item.id, { id: item.id, from: 'visitor', text: item.text, at: item.at, pending: true });
      }
      flagPending(unsent.length > 0);
    } catch (error) {
      report(error);
      visitorId ||= uuid();
    }
    if (isClosed) return;
    publish({ loaded: true });
    connect();
  })();

  return {
    snapshot: () => snap,
    subscribe(listener) {
      // A view is watching again: no longer closing once the outbox is empty.
      released = false;
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send(text, context) {
      const item: OutboxItem = { id: uuid(), text, at: Date.now(), ...(context && { context }) };
      messages.set(item.id, { id: item.id, from: 'visitor', text, at: item.at, pending: true });
      typingOn = false;
      publish();
      // The outbox write and the socket race on purpose: whichever lands, the id makes it once.
      void outbox.put(item);
      flagPending(true);
      sendMessage(item);
    },
    typing(on) {
      if (on === typingOn) return;
      typingOn = on;
      if (welcomed) sendFrame({ type: 'typing', on });
    },
    release() {
      released = true;
      // Another watcher (a view opened meanwhile) keeps the socket.
      if (!listeners.size && !waiting()) close();
    },
    close,
    closed: () => isClosed,
  };
}
