import type { ErrorFrame, VisitorClientFrame } from '../../../relay/src/shared/frames.js';
import { createTokenBucket } from '../../../relay/src/shared/tokenBucket.js';
import type { MessageContext, Outbox, OutboxItem } from './outbox.js';
import type { Thread } from './thread.js';
import type { Cancel, Later } from './timers.js';
import type { ChatMessage } from './types.js';

/** The part of a WebSocket the queue writes to. */
export interface FrameSink {
  readonly readyState: number;
  send(data: string): void;
}

/** Outgoing frames and the visitor's messages until the relay has acknowledged them. */
export interface SendQueue {
  /** Queues a frame; it goes out as fast as the rate limit allows while the socket is open. */
  frame(frame: VisitorClientFrame): void;
  /** Shows what the outbox holds in the thread (before the first `welcome`); resolves to whether it holds anything. */
  load(): Promise<boolean>;
  /** The relay said `welcome`: send every unacknowledged message again, with its own id. */
  welcomed(): Promise<void>;
  /** The socket is gone: frames not yet written are dropped (messages stay in the outbox). */
  reset(): void;
  /** Between `welcome` and the next drop: frames may be sent. */
  ready(): boolean;
  /** A new visitor message: outbox first, then the socket. */
  send(text: string, context?: MessageContext): void;
  /** The relay has this message (an `ack`, or its copy in a `message` frame): it leaves the outbox. */
  delivered(message: ChatMessage): void;
  /** The relay refused a message; true when the thread changed. */
  refused(frame: ErrorFrame): boolean;
}

export interface SendQueueOptions {
  outbox: Outbox;
  thread: Thread;
  later: Later;
  /** The open socket, if any. */
  socket(): FrameSink | undefined;
  /** A client id for a new message. */
  newId(): string;
}

const OPEN = 1;
/** Resending a message the relay could not take for now (rate-limited, internal). */
const RETRY_MS = 1500;

export function createSendQueue({ outbox, thread, later, socket, newId }: SendQueueOptions): SendQueue {
  // Under the relay's own limit (burst 20, 10/s): 10 frames, then 5 a second.
  const bucket = createTokenBucket({ perSecond: 5, burst: 10 }, Date.now);
  let queue: string[] = [];
  let pumpTimer: Cancel | undefined;
  let welcomed = false;

  const open = () => socket()?.readyState === OPEN;
  const pump = () => {
    pumpTimer?.();
    pumpTimer = undefined;
    while (queue.length && open() && bucket.take()) socket()!.send(queue.shift()!);
    if (queue.length && open()) pumpTimer = later(pump, 200);
  };
  const frame = (next: VisitorClientFrame) => {
    queue.push(JSON.stringify(next));
    pump();
  };
  const sendMessage = (item: Pick<OutboxItem, 'id' | 'text' | 'context'>) => {
    if (welcomed) frame({ type: 'message', id: item.id, text: item.text, ...(item.context && { context: item.context }) });
  };
  const pending = (item: OutboxItem): ChatMessage => ({ id: item.id, from: 'visitor', text: item.text, at: item.at, pending: true });
  /** The outbox's messages, each in the thread: messages from other tabs' outboxes join it too (it is the same visitor). */
  const unsent = async () => {
    const items = await outbox.list();
    for (const item of items) if (!thread.get(item.id)) thread.set(pending(item));
    return items;
  };

  return {
    frame,
    load: async () => (await unsent()).length > 0,
    async welcomed() {
      welcomed = true;
      for (const item of await unsent()) if (thread.get(item.id)?.pending) sendMessage(item);
    },
    ready: () => welcomed,
    reset() {
      welcomed = false;
      queue = [];
      pumpTimer?.();
    },
    send(text, context) {
      const item: OutboxItem = { id: newId(), text, at: Date.now(), ...(context && { context }) };
      thread.set(pending(item));
      // The outbox write and the socket race on purpose: whichever lands, the id makes it once.
      void outbox.put(item);
      sendMessage(item);
    },
    delivered(message) {
      if (thread.merge(message)?.pending) void outbox.remove(message.id);
    },
    refused(error) {
      const known = error.id === undefined ? undefined : thread.get(error.id);
      if (!known?.pending) return false;
      if (error.code === 'too-large' || error.code === 'bad-frame') {
        // Refused for good: resending would be refused again.
        thread.set({ ...known, pending: false, failed: true });
        void outbox.remove(known.id);
        return true;
      }
      // rate-limited or internal: nothing was stored, try again shortly.
      later(() => thread.get(known.id)?.pending && sendMessage(known), RETRY_MS);
      return false;
    },
  };
}
