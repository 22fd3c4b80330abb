import type { Store } from '@heed/core/internal';
import type { ChatMessage } from './types.js';
import type { Cancel, Later } from './timers.js';

interface SavedThread {
  conversationId?: string;
  lastSeq: number;
  messages: ChatMessage[];
}

const THREAD_KEY = 'chat:thread';
/** Messages kept in Heed's store for an instant thread after a reload. */
const KEEP = 100;

/** Ids the relay accepts (PROTOCOL.md, "Conventions"). */
export const isId = (value: unknown): value is string => typeof value === 'string' && /^[\w.:-]{1,100}$/.test(value);

/** The visitor's thread: messages by id, the conversation and the resume cursor (`lastSeq`). */
export interface Thread {
  conversationId(): string | undefined;
  /** `hello` fields that resume the conversation (nothing for a new one). */
  resume(): { conversationId: string; lastSeq: number } | undefined;
  welcome(conversationId: unknown): void;
  get(id: string): ChatMessage | undefined;
  set(message: ChatMessage): void;
  /** Adds or updates a message, keyed by id; returns what was there before. */
  merge(message: ChatMessage): ChatMessage | undefined;
  /** The thread in order: acknowledged messages by `seq`, then pending ones as sent. */
  list(): ChatMessage[];
  /** The relay does not know the conversation: keep only what is still to be sent. */
  forget(): void;
  /** Reads the saved copy of the thread. */
  load(): Promise<void>;
  /** Saves a copy soon (changes come in bursts: a replay, an ack after a message). */
  saveSoon(): void;
  /** Saves now if a save is due (leaving the page, closing). */
  saveDue(): void;
}

export function createThread(store: Store, later: Later): Thread {
  const messages = new Map<string, ChatMessage>();
  let conversationId: string | undefined;
  let lastSeq = 0;
  let saveTimer: Cancel | undefined;

  const list = () => [...messages.values()].sort((a, b) => (a.seq ?? Infinity) - (b.seq ?? Infinity) || a.at - b.at);

  const save = () => {
    saveTimer?.();
    saveTimer = undefined;
    const kept = list().filter((m) => m.seq !== undefined).slice(-KEEP);
    const thread: SavedThread = { conversationId, lastSeq, messages: kept.map(({ pending: _p, failed: _f, ...m }) => m) };
    void store.set(THREAD_KEY, thread);
  };

  return {
    conversationId: () => conversationId,
    resume: () => (conversationId ? { conversationId, lastSeq } : undefined),
    welcome(id) {
      if (isId(id)) conversationId = id;
    },
    get: (id) => messages.get(id),
    set: (message) => void messages.set(message.id, message),
    merge(message) {
      const known = messages.get(message.id);
      // A replay or a second tab's copy never doubles a message: the id is the key.
      messages.set(message.id, { ...known, ...message, pending: false, failed: false });
      if (message.seq && message.seq > lastSeq) lastSeq = message.seq;
      return known;
    },
    list,
    forget() {
      conversationId = undefined;
      lastSeq = 0;
      for (const [id, message] of messages) if (!message.pending) messages.delete(id);
    },
    async load() {
      const saved = await store.get<SavedThread>(THREAD_KEY);
      if (!saved || !isId(saved.conversationId)) return;
      conversationId = saved.conversationId;
      lastSeq = Number(saved.lastSeq) || 0;
      for (const message of saved.messages || []) if (isId(message.id)) messages.set(message.id, message);
    },
    saveSoon: () => void (saveTimer ??= later(save, 50)),
    saveDue: () => void (saveTimer !== undefined && save()),
  };
}
