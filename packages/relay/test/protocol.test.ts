import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RelayHandle } from '../src/index.js';
import { Client, removeTempDirs, start } from './helpers.js';

let relay: RelayHandle;
const open: Client[] = [];
beforeAll(async () => {
  relay = await start();
});
afterEach(async () => {
  for (const c of open.splice(0)) await c.close();
});
afterAll(async () => {
  await relay.close();
  removeTempDirs();
});

async function visitor(visitorId: string, extra: { conversationId?: string; lastSeq?: number } = {}) {
  const client = await Client.visitor(relay);
  open.push(client);
  const welcome = await client.hello(visitorId, extra);
  return { client, welcome, conversationId: welcome.conversationId as string };
}

async function agent() {
  const { agent: client, conversations } = await Client.agent(relay);
  open.push(client);
  return { client, conversations };
}

describe('visitor hello', () => {
  it('welcomes with a conversation id and reuses it for the same visitor', async () => {
    const a = await visitor('visitor-hello');
    expect(a.welcome).toMatchObject({ type: 'welcome', lastSeq: 0, presence: { online: false, agents: 0 } });
    expect(a.conversationId).toMatch(/^[0-9a-f-]{36}$/);
    const b = await visitor('visitor-hello');
    expect(b.conversationId).toBe(a.conversationId);
  });

  it('refuses another visitor’s or an unknown conversation id, and anything before hello', async () => {
    const owner = await visitor('visitor-owner');
    const other = await Client.visitor(relay);
    open.push(other);
    other.send({ type: 'message', id: 'early', text: 'hi' });
    expect(await other.next('error')).toMatchObject({ code: 'hello-required', id: 'early' });
    other.send({ type: 'hello', visitorId: 'visitor-intruder', conversationId: owner.conversationId });
    expect(await other.next('error')).toMatchObject({ code: 'unknown-conversation' });
    other.send({ type: 'hello', visitorId: 'visitor-intruder', conversationId: 'no-such-conversation' });
    expect(await other.next('error')).toMatchObject({ code: 'unknown-conversation' });
    // The socket stays usable: a plain hello starts the intruder's own conversation.
    const welcome = await other.hello('visitor-intruder');
    expect(welcome.conversationId).not.toBe(owner.conversationId);
    other.send({ type: 'hello', visitorId: 'visitor-intruder' });
    expect(await other.next('error')).toMatchObject({ code: 'bad-frame' });
  });
});

describe('messages', () => {
  it('acks with a per-conversation seq and broadcasts to agents and other tabs, not the sender', async () => {
    const { client: ag } = await agent();
    const tab1 = await visitor('visitor-tabs');
    const tab2 = await visitor('visitor-tabs');
    expect(tab2.conversationId).toBe(tab1.conversationId);

    tab1.client.send({ type: 'message', id: 'tabs-1', text: 'Hello from tab 1' });
    const ack = await tab1.client.next('ack');
    expect(ack).toMatchObject({ id: 'tabs-1', seq: 1 });
    expect(typeof ack.at).toBe('number');
    expect(await tab2.client.next('message')).toEqual({
      type: 'message', id: 'tabs-1', seq: 1, from: 'visitor', text: 'Hello from tab 1', at: ack.at,
    });
    expect(await ag.next('message', (f) => f.id === 'tabs-1')).toMatchObject({
      conversationId: tab1.conversationId, seq: 1, from: 'visitor', text: 'Hello from tab 1',
    });
    expect(await ag.next('conversation', (f) => f.item.id === tab1.conversationId)).toMatchObject({
      item: { unread: 1, visitorOnline: true, lastMessage: { seq: 1, text: 'Hello from tab 1' } },
    });

    ag.send({ type: 'message', conversationId: tab1.conversationId, id: 'reply-1', text: 'Hi! How can I help?' });
    expect(await ag.next('ack', (f) => f.id === 'reply-1')).toMatchObject({ seq: 2 });
    for (const tab of [tab1, tab2]) {
      expect(await tab.client.next('message', (f) => f.id === 'reply-1')).toMatchObject({ from: 'agent', seq: 2 });
    }
    // The sender never receives its own message back.
    tab1.client.send({ type: 'ping' });
    await tab1.client.next('pong');
    expect(tab1.client.take('message')).toEqual([]);
  });

  it('dedups a resent id: one stored message, the same seq acked twice, one broadcast', async () => {
    const { client: ag } = await agent();
    const v = await visitor('visitor-dedup');
    v.client.send({ type: 'message', id: 'dup-1', text: 'Is this sent?' });
    const first = await v.client.next('ack', (f) => f.id === 'dup-1');
    // The client lost the ack and resends (even with altered text).
    v.client.send({ type: 'message', id: 'dup-1', text: 'Is this sent?' });
    v.client.send({ type: 'message', id: 'dup-1', text: 'changed' });
    const second = await v.client.next('ack', (f) => f.id === 'dup-1');
    const third = await v.client.next('ack', (f) => f.id === 'dup-1');
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    v.client.send({ type: 'message', id: 'dup-2', text: 'Next one' });
    expect(await v.client.next('ack', (f) => f.id === 'dup-2')).toMatchObject({ seq: first.seq + 1 });

    // Frames from one socket arrive in order, so once dup-2 is in, any copy of dup-1 would be too.
    await ag.next('message', (f) => f.id === 'dup-2');
    expect(ag.take('message').filter((f) => f.id === 'dup-1')).toHaveLength(1);

    // A fresh socket replays exactly one copy.
    const fresh = await Client.visitor(relay);
    open.push(fresh);
    await fresh.hello('visitor-dedup', { conversationId: v.conversationId, lastSeq: 0 });
    const replay = [await fresh.next('message'), await fresh.next('message')];
    expect(replay.map((m) => m.id)).toEqual(['dup-1', 'dup-2']);
    expect(replay[0].text).toBe('Is this sent?');
    fresh.send({ type: 'ping' });
    await fresh.next('pong');
    expect(fresh.take('message')).toEqual([]);

    // Agent replies dedup the same way.
    ag.send({ type: 'message', conversationId: v.conversationId, id: 'agent-dup', text: 'Yes' });
    ag.send({ type: 'message', conversationId: v.conversationId, id: 'agent-dup', text: 'Yes' });
    const acks = [await ag.next('ack', (f) => f.id === 'agent-dup'), await ag.next('ack', (f) => f.id === 'agent-dup')];
    expect(acks[1]).toEqual(acks[0]);
  });

  it('resumes after a dropped socket: only messages after lastSeq are replayed', async () => {
    const { client: ag } = await agent();
    const v = await visitor('visitor-resume');
    v.client.send({ type: 'message', id: 'r-1', text: 'one' });
    v.client.send({ type: 'message', id: 'r-2', text: 'two' });
    await v.client.next('ack', (f) => f.id === 'r-1');
    const lastSeen = await v.client.next('ack', (f) => f.id === 'r-2');
    expect(lastSeen.seq).toBe(2);
    await v.client.drop();

    ag.send({ type: 'message', conversationId: v.conversationId, id: 'r-3', text: 'three (while away)' });
    ag.send({ type: 'message', conversationId: v.conversationId, id: 'r-4', text: 'four (while away)' });
    await ag.next('ack', (f) => f.id === 'r-4');

    const back = await visitor('visitor-resume', { conversationId: v.conversationId, lastSeq: lastSeen.seq });
    expect(back.welcome.lastSeq).toBe(4);
    const replay = [await back.client.next('message'), await back.client.next('message')];
    expect(replay.map((m) => [m.seq, m.id, m.from])).toEqual([
      [3, 'r-3', 'agent'],
      [4, 'r-4', 'agent'],
    ]);
    back.client.send({ type: 'ping' });
    await back.client.next('pong');
    expect(back.client.take('message')).toEqual([]);

    // The agent can resume a thread the same way.
    ag.send({ type: 'open', conversationId: v.conversationId, lastSeq: 3 });
    const thread = await ag.next('thread');
    expect(thread.messages.map((m: { seq: number }) => m.seq)).toEqual([4]);
  });
});

describe('typing', () => {
  it('relays typing both ways without storing it', async () => {
    const { client: ag } = await agent();
    const v = await visitor('visitor-typing');
    // Before its first message the conversation is not stored, so agents hear nothing of it.
    v.client.send({ type: 'typing', on: true });
    v.client.send({ type: 'message', id: 'typing-first', text: 'hello' });
    await v.client.next('ack');
    expect(ag.take('typing')).toEqual([]);
    v.client.send({ type: 'typing', on: true });
    expect(await ag.next('typing')).toEqual({ type: 'typing', conversationId: v.conversationId, on: true });
    v.client.send({ type: 'typing', on: false });
    expect(await ag.next('typing')).toEqual({ type: 'typing', conversationId: v.conversationId, on: false });
    ag.send({ type: 'typing', conversationId: v.conversationId, on: true });
    expect(await v.client.next('typing')).toMatchObject({ type: 'typing', on: true });
    // Typing that stops because the tab closed is reported as off.
    v.client.send({ type: 'typing', on: true });
    await ag.next('typing', (f) => f.on === true);
    await v.client.drop();
    expect(await ag.next('typing')).toMatchObject({ conversationId: v.conversationId, on: false });
    expect((await Client.visitor(relay).then(async (c) => {
      open.push(c);
      return c.hello('visitor-typing');
    })).lastSeq).toBe(1);
  });

  it('answers unknown conversations from agents with unknown-conversation', async () => {
    const { client: ag } = await agent();
    ag.send({ type: 'message', conversationId: 'nope', id: 'x-1', text: 'hello?' });
    expect(await ag.next('error')).toMatchObject({ code: 'unknown-conversation', id: 'x-1' });
    ag.send({ type: 'open', conversationId: 'nope' });
    expect(await ag.next('error')).toMatchObject({ code: 'unknown-conversation' });
  });
});
