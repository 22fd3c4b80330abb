import type { Store } from '@heed/core/internal';
import { describe, expect, it } from 'vitest';
import type { Outbox, OutboxItem } from '../src/chat/outbox.js';
import { createSendQueue, type FrameSink } from '../src/chat/sendQueue.js';
import { createThread } from '../src/chat/thread.js';
import { createTimers } from '../src/chat/timers.js';

/** A socket that records what is written to it and can be closed and reopened. */
function fakeSocket() {
  const socket = {
    readyState: 1,
    sent: [] as Array<Record<string, unknown>>,
    send(data: string) {
      socket.sent.push(JSON.parse(data));
    },
    messages: () => socket.sent.filter((f) => f.type === 'message'),
  };
  return socket;
}

function memoryOutbox(): Outbox & { items: Map<string, OutboxItem> } {
  const items = new Map<string, OutboxItem>();
  return {
    items,
    list: async () => [...items.values()].sort((a, b) => a.at - b.at),
    put: async (item) => void items.set(item.id, item),
    remove: async (id) => void items.delete(id),
  };
}

function setup() {
  const values = new Map<string, unknown>();
  const store: Store = { get: async <T>(key: string) => values.get(key) as T | undefined, set: async (key, value) => void values.set(key, value) };
  const timers = createTimers();
  const thread = createThread(store, timers.later);
  const outbox = memoryOutbox();
  let socket: (FrameSink & ReturnType<typeof fakeSocket>) | undefined = fakeSocket();
  let n = 0;
  const queue = createSendQueue({ outbox, thread, later: timers.later, socket: () => socket, newId: () => `m${++n}` });
  return {
    queue,
    thread,
    outbox,
    timers,
    socket: () => socket!,
    /** The socket drops and a new one opens (the relay has not said `welcome` on it yet). */
    reconnect() {
      socket!.readyState = 3;
      queue.reset();
      socket = fakeSocket();
    },
    ack(id: string, seq: number) {
      const known = thread.get(id)!;
      queue.delivered({ ...known, seq, at: 1 });
    },
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the chat send queue', () => {
  it('keeps a message in the outbox and out of the socket until the relay says welcome', async () => {
    const { queue, socket, outbox, thread } = setup();
    queue.send('hello there');
    await flush();
    expect(socket().sent).toEqual([]);
    expect([...outbox.items.keys()]).toEqual(['m1']);
    expect(thread.get('m1')).toMatchObject({ from: 'visitor', text: 'hello there', pending: true });
    await queue.welcomed();
    expect(socket().messages()).toEqual([{ type: 'message', id: 'm1', text: 'hello there' }]);
  });

  it('sends with the shared context and takes the message out of the outbox on its ack', async () => {
    const { queue, socket, outbox, thread, ack } = setup();
    await queue.welcomed();
    queue.send('where is my refund?', { page: '/orders', summary: 'you searched twice' });
    expect(socket().messages()).toEqual([
      { type: 'message', id: 'm1', text: 'where is my refund?', context: { page: '/orders', summary: 'you searched twice' } },
    ]);
    ack('m1', 7);
    await flush();
    expect(outbox.items.size).toBe(0);
    expect(thread.get('m1')).toMatchObject({ seq: 7, pending: false });
    expect(thread.resume()).toBeUndefined();
  });

  it('resends what was not acknowledged after a reconnect, with the same ids, and nothing twice', async () => {
    const { queue, socket, outbox, thread, reconnect, ack } = setup();
    await queue.welcomed();
    queue.send('first');
    queue.send('second');
    ack('m1', 1);
    await flush();
    reconnect();
    queue.send('typed while reconnecting');
    expect(socket().sent).toEqual([]);
    await queue.welcomed();
    expect(socket().messages().map((f) => [f.id, f.text])).toEqual([
      ['m2', 'second'],
      ['m3', 'typed while reconnecting'],
    ]);
    ack('m2', 2);
    ack('m3', 3);
    await flush();
    reconnect();
    await queue.welcomed();
    expect(socket().messages()).toEqual([]);
    expect(outbox.items.size).toBe(0);
    expect(thread.list().map((m) => [m.id, m.seq])).toEqual([
      ['m1', 1],
      ['m2', 2],
      ['m3', 3],
    ]);
  });

  it('shows a replayed copy of a message once, and a copy from another tab ends its wait', async () => {
    const { queue, outbox, thread } = setup();
    await queue.welcomed();
    queue.send('from this tab');
    // The relay broadcasts the same message (same id) back, as it does to a visitor's other tabs.
    queue.delivered({ id: 'm1', from: 'visitor', text: 'from this tab', seq: 4, at: 2 });
    queue.delivered({ id: 'm1', from: 'visitor', text: 'from this tab', seq: 4, at: 2 });
    await flush();
    expect(thread.list()).toHaveLength(1);
    expect(outbox.items.size).toBe(0);
  });

  it('sends messages another tab left in the shared outbox', async () => {
    const { queue, socket, outbox, thread } = setup();
    outbox.items.set('other-tab', { id: 'other-tab', text: 'from the other tab', at: 5 });
    await queue.welcomed();
    expect(socket().messages()).toEqual([{ type: 'message', id: 'other-tab', text: 'from the other tab' }]);
    expect(thread.get('other-tab')?.pending).toBe(true);
  });

  it('marks a message the relay refuses for good as failed and stops resending it', async () => {
    const { queue, socket, outbox, thread, reconnect } = setup();
    await queue.welcomed();
    queue.send('x'.repeat(10));
    expect(queue.refused({ type: 'error', code: 'too-large', message: 'too long', id: 'm1' })).toBe(true);
    await flush();
    expect(thread.get('m1')).toMatchObject({ pending: false, failed: true });
    expect(outbox.items.size).toBe(0);
    reconnect();
    await queue.welcomed();
    expect(socket().messages()).toEqual([]);
  });

  it('paces frames under the relay rate limit: a burst of 10, the rest later', async () => {
    const { queue, socket, timers } = setup();
    await queue.welcomed();
    for (let i = 0; i < 15; i++) queue.frame({ type: 'typing', on: i % 2 === 0 });
    expect(socket().sent).toHaveLength(10);
    timers.clear();
  });
});
