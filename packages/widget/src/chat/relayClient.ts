import type { ErrorFrame, VisitorServerFrame } from '../../../relay/src/shared/frames.js';
import { createConnection } from './connection.js';
import { raisePending, settlePending } from './pendingFlag.js';
import { createRelayRequests } from './relayRequests.js';
import { createSendQueue } from './sendQueue.js';
import { createThread, isId } from './thread.js';
import { createTimers, type Cancel } from './timers.js';
import type { ChatSnapshot, RelayClient, RelayClientOptions } from './types.js';

export type { ChatMessage, ChatSnapshot, ChatStatus, RelayClient, RelayClientOptions } from './types.js';

const VISITOR_KEY = 'chat:visitor';
/** An agent who vanished mid-sentence does not type forever. */
const AGENT_TYPING_MS = 30_000;

const uuid = (): string =>
  crypto.randomUUID?.() ??
  // Pages served over plain http (not localhost) have no randomUUID.
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * A visitor's connection to the relay (PROTOCOL.md), made of three parts: the connection
 * (socket, backoff, keep-alive), the send queue (outbox, acks, resend with the original ids, which
 * the relay dedups) and the thread (messages, `seq`, resume). This file joins them: it turns relay
 * frames into changes of the thread and publishes a snapshot for the view after each one.
 */
export function createRelayClient({ url, store, outbox, requests: requestOutbox, report }: RelayClientOptions): RelayClient {
  const listeners = new Set<(snapshot: ChatSnapshot) => void>();
  const { later, clear: clearTimers } = createTimers();
  const thread = createThread(store, later);
  let snap: ChatSnapshot = { status: 'connecting', agentTyping: false, messages: [], loaded: false, requestsWaiting: [], requestsFailed: [] };
  let visitorId: string | undefined;
  let isClosed = false;
  let released = false;
  let typingOn = false;
  let typingTimer: Cancel | undefined;

  const publish = (change: Partial<ChatSnapshot> = {}) => {
    snap = { ...snap, ...change, messages: thread.list(), conversationId: thread.conversationId(), requestsWaiting: requests.waiting(), requestsFailed: requests.failed() };
    listeners.forEach((listener) => listener(snap));
  };
  const waiting = () => snap.messages.some((m) => m.pending) || requests.waiting().length > 0;
  // The `chat:pending` hint in Heed's store: raised with each message or request, settled (asking
  // every outbox, requests for a requestUrl included) once the relay has acknowledged all of ours.
  const outboxes = requestOutbox ? [outbox, requestOutbox] : [outbox];

  const hello = (socket = connection.socket()) => socket?.send(JSON.stringify({ type: 'hello', visitorId, ...thread.resume() }));
  const connection = createConnection({
    url,
    later,
    report,
    canConnect: () => !isClosed && !!visitorId,
    opened: hello,
    frame: (frame) => receive(frame),
    ping: () => queue.frame({ type: 'ping' }),
    dropped: () => queue.reset(),
    // Without a socket nobody is known to be typing.
    status: (status) => publish({ status, agentTyping: false }),
  });
  const queue = createSendQueue({ outbox, thread, later, socket: connection.socket, newId: uuid });
  const requests = createRelayRequests({
    outbox: requestOutbox ?? { list: async () => [], put: async () => {}, remove: async () => {} },
    frame: queue.frame,
    ready: queue.ready,
    later,
  });

  const welcome = (frame: Extract<VisitorServerFrame, { type: 'welcome' }>) => {
    thread.welcome(frame.conversationId);
    connection.welcomed();
    publish({ status: 'open', presence: frame.presence });
    thread.saveSoon();
    void queue.welcomed().then(() => publish());
    requests.welcomed();
    if (typingOn) queue.frame({ type: 'typing', on: true });
  };

  /** Nothing of ours waits for the relay any more: clear the hint, and close if no view watches. */
  const settle = () => {
    if (waiting()) return;
    void settlePending(store, outboxes);
    if (released && !listeners.size) close();
  };

  const ack = (frame: Extract<VisitorServerFrame, { type: 'ack' }>) => {
    const known = isId(frame.id) ? thread.get(frame.id) : undefined;
    if (!known) return;
    queue.delivered({ ...known, seq: Number(frame.seq) || undefined, at: Number(frame.at) || known.at });
    publish();
    thread.saveSoon();
    settle();
  };

  const refused = (frame: ErrorFrame) => {
    if (requests.refused(frame)) {
      publish();
      return settle();
    }
    if (frame.code !== 'unknown-conversation') return queue.refused(frame) && publish();
    // The relay forgot the conversation (or it is not ours): start a new one.
    thread.forget();
    publish();
    thread.saveSoon();
    hello();
  };

  function receive(frame: VisitorServerFrame) {
    switch (frame.type) {
      case 'welcome':
        return welcome(frame);
      case 'message':
        if (!isId(frame.id) || typeof frame.text !== 'string') return;
        queue.delivered({
          id: frame.id,
          from: frame.from === 'agent' ? 'agent' : 'visitor',
          text: frame.text,
          seq: Number(frame.seq) || undefined,
          at: Number(frame.at) || Date.now(),
        });
        publish(frame.from === 'agent' ? { agentTyping: false } : {});
        return thread.saveSoon();
      case 'ack':
        return ack(frame);
      case 'request-ack':
        if (!requests.acked(frame.id)) return;
        publish();
        return settle();
      case 'typing':
        typingTimer?.();
        if (frame.on) typingTimer = later(() => publish({ agentTyping: false }), AGENT_TYPING_MS);
        return publish({ agentTyping: frame.on === true });
      case 'presence':
        return publish({ presence: { online: frame.online === true, agents: Number(frame.agents) || 0 } });
      case 'error':
        return refused(frame);
    }
  }

  // Leaving the page: write what is pending now (an IndexedDB write started here still lands).
  const leave = () => thread.saveDue();
  addEventListener('pagehide', leave);

  function close() {
    if (isClosed) return;
    isClosed = true;
    thread.saveDue();
    if (typingOn && queue.ready()) connection.socket()?.send(JSON.stringify({ type: 'typing', on: false }));
    connection.close();
    clearTimers();
    removeEventListener('pagehide', leave);
    listeners.clear();
  }

  // Start: the saved thread and outbox first (an instant thread after a reload, even offline).
  void (async () => {
    try {
      visitorId = await store.get<string>(VISITOR_KEY);
      if (!isId(visitorId)) await store.set(VISITOR_KEY, (visitorId = uuid()));
      await thread.load();
      const unsent = await queue.load();
      if ((await requests.load()) || unsent) raisePending(store);
      else void settlePending(store, outboxes);
    } catch (error) {
      report(error);
      visitorId ||= uuid();
    }
    if (isClosed) return;
    publish({ loaded: true });
    connection.connect();
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
      typingOn = false;
      queue.send(text, context);
      publish();
      raisePending(store);
    },
    request(item) {
      requests.add(item);
      raisePending(store);
      publish();
    },
    typing(on) {
      if (on === typingOn) return;
      typingOn = on;
      if (queue.ready()) queue.frame({ type: 'typing', on });
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
