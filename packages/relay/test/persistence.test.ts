import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RelayHandle } from '../src/index.js';
import { Client, removeTempDirs, start, tempDb, TOKEN } from './helpers.js';

const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const c of open.splice(0).reverse()) await c.close();
});
afterAll(removeTempDirs);

async function relayOn(db: string): Promise<RelayHandle> {
  const relay = await start({ db });
  open.push(relay);
  return relay;
}

describe('persistence', () => {
  it('keeps a conversation across a restart on the same database file', async () => {
    const db = tempDb();
    const first = await relayOn(db);
    const visitor = await Client.visitor(first);
    const welcome = await visitor.hello('visitor-restart');
    const conversationId = welcome.conversationId as string;

    visitor.send({
      type: 'message',
      id: 'm-1',
      text: 'Where is my refund label?',
      context: { page: 'http://127.0.0.1:5173/orders', summary: "Searched 'refund label' twice with no results" },
    });
    expect(await visitor.next('ack', (f) => f.id === 'm-1')).toMatchObject({ seq: 1 });
    const { agent } = await Client.agent(first);
    agent.send({ type: 'message', conversationId, id: 'a-1', text: 'It is under Orders → Returns.' });
    expect(await agent.next('ack', (f) => f.id === 'a-1')).toMatchObject({ seq: 2, conversationId });
    expect(await visitor.next('message', (f) => f.id === 'a-1')).toMatchObject({ from: 'agent', seq: 2 });
    visitor.send({ type: 'message', id: 'm-2', text: 'Found it, thanks!' });
    await visitor.next('ack', (f) => f.id === 'm-2');

    await first.close();
    expect((await visitor.closed).code).toBe(1001);
    expect((await agent.closed).code).toBe(1001);

    const second = await relayOn(db);
    expect(second.db).toBe(db);
    const back = await Client.visitor(second);
    open.push(back);
    const again = await back.hello('visitor-restart', { conversationId, lastSeq: 0 });
    expect(again).toMatchObject({ conversationId, lastSeq: 3 });
    const replay = [await back.next('message'), await back.next('message'), await back.next('message')];
    expect(replay.map((m) => [m.seq, m.from, m.id, m.text])).toEqual([
      [1, 'visitor', 'm-1', 'Where is my refund label?'],
      [2, 'agent', 'a-1', 'It is under Orders → Returns.'],
      [3, 'visitor', 'm-2', 'Found it, thanks!'],
    ]);

    // The agent sees the same thread, with the context the visitor shared.
    const { agent: agent2, conversations } = await Client.agent(second);
    open.push(agent2);
    const item = conversations.items.find((c: { id: string }) => c.id === conversationId);
    expect(item).toMatchObject({
      visitorId: 'visitor-restart',
      page: 'http://127.0.0.1:5173/orders',
      summary: "Searched 'refund label' twice with no results",
      lastMessage: { seq: 3, from: 'visitor', text: 'Found it, thanks!' },
      unread: 1,
    });
    agent2.send({ type: 'open', conversationId });
    const thread = await agent2.next('thread');
    expect(thread.messages.map((m: { seq: number }) => m.seq)).toEqual([1, 2, 3]);
    expect(thread.messages[0].context).toMatchObject({ page: 'http://127.0.0.1:5173/orders' });

    // Sequence numbers carry on from where they were.
    back.send({ type: 'message', id: 'm-3', text: 'One more thing' });
    expect(await back.next('ack', (f) => f.id === 'm-3')).toMatchObject({ seq: 4 });
  });

  it('keeps a message left while no agent is online and shows it to the agent later', async () => {
    const relay = await relayOn(tempDb());
    const visitor = await Client.visitor(relay);
    open.push(visitor);
    const welcome = await visitor.hello('visitor-offline');
    expect(welcome.presence).toEqual({ online: false, agents: 0 });
    visitor.send({
      type: 'message',
      id: 'left-1',
      text: 'Please call me back about my invoice.',
      context: { page: '/checkout/payment', summary: 'Payment form rejected the card number 3 times' },
    });
    expect(await visitor.next('ack', (f) => f.id === 'left-1')).toMatchObject({ seq: 1 });
    await visitor.close();

    // An agent connects later (no visitor around any more).
    const { agent, conversations } = await Client.agent(relay, TOKEN);
    open.push(agent);
    expect(conversations.items).toHaveLength(1);
    expect(conversations.items[0]).toMatchObject({
      id: welcome.conversationId,
      page: '/checkout/payment',
      summary: 'Payment form rejected the card number 3 times',
      unread: 1,
      visitorOnline: false,
      lastMessage: { text: 'Please call me back about my invoice.', from: 'visitor' },
    });
    agent.send({ type: 'open', conversationId: welcome.conversationId });
    const thread = await agent.next('thread');
    expect(thread.messages).toHaveLength(1);
    expect(thread.messages[0]).toMatchObject({ id: 'left-1', text: 'Please call me back about my invoice.' });
    // Opening marks it read.
    const update = await agent.next('conversation');
    expect(update.item).toMatchObject({ id: welcome.conversationId, unread: 0 });
  });
});
