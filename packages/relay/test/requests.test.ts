import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RelayHandle } from '../src/index.js';
import { Client, removeTempDirs, start, tempDb } from './helpers.js';

const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const c of open.splice(0).reverse()) await c.close();
});
afterAll(removeTempDirs);

async function relayOn(db = tempDb()): Promise<RelayHandle> {
  const relay = await start({ db });
  open.push(relay);
  return relay;
}
async function visitor(relay: RelayHandle, id: string) {
  const client = await Client.visitor(relay);
  open.push(client);
  await client.hello(id);
  return client;
}
async function agent(relay: RelayHandle) {
  const socket = await Client.agentSocket(relay);
  open.push(socket);
  await socket.next('conversations');
  const requests = await socket.next('requests');
  await socket.next('presence');
  return { socket, requests: requests.items as Array<Record<string, unknown>> };
}

const callback = {
  type: 'request',
  id: 'req-callback-1',
  kind: 'callback',
  team: 'Billing team',
  name: 'Ada Lovelace',
  phone: '+44 20 7946 0958',
  window: 'Weekdays after 14:00',
  context: { page: '/checkout', topic: 'billing', summary: 'the form was not accepted on /checkout' },
};

describe('requests', () => {
  it('are stored once per id, acknowledged every time, and shown to agents with their context', async () => {
    const relay = await relayOn();
    const ag = await agent(relay);
    const tab = await visitor(relay, 'visitor-request');
    tab.send(callback);
    expect(await tab.next('request-ack')).toMatchObject({ id: 'req-callback-1' });
    const shown = await ag.socket.next('request');
    expect(shown.item).toMatchObject({
      id: 'req-callback-1', kind: 'callback', team: 'Billing team', name: 'Ada Lovelace', phone: '+44 20 7946 0958',
      window: 'Weekdays after 14:00', visitorId: 'visitor-request', doneAt: null, context: { topic: 'billing' },
    });
    // A resend after a reconnect, even from another socket: acknowledged, not stored or shown again.
    const again = await visitor(relay, 'visitor-request');
    again.send(callback);
    expect(await again.next('request-ack')).toMatchObject({ id: 'req-callback-1', at: shown.item.createdAt });
    await expect(ag.socket.next('request', () => true, 500)).rejects.toThrow();
    const later = await agent(relay);
    expect(later.requests.filter((r) => r.id === 'req-callback-1')).toHaveLength(1);
  });

  it('check their fields: a callback needs a phone, an email request an address and a message', async () => {
    const relay = await relayOn();
    const early = await Client.visitor(relay);
    open.push(early);
    early.send(callback);
    expect(await early.next('error')).toMatchObject({ code: 'hello-required', id: 'req-callback-1' });
    const tab = await visitor(relay, 'visitor-bad-request');
    const bad = [
      { ...callback, id: 'r-1', phone: undefined },
      { ...callback, id: 'r-2', kind: 'fax' },
      { ...callback, id: 'r-3', name: '  ' },
      { type: 'request', id: 'r-4', kind: 'email', team: 'Billing team', name: 'Ada', email: 'not-an-address', message: 'Hi' },
      { type: 'request', id: 'r-5', kind: 'email', team: 'Billing team', name: 'Ada', email: 'ada@example.com' },
    ];
    for (const frame of bad) {
      tab.send(frame);
      expect(await tab.next('error')).toMatchObject({ code: 'bad-frame', id: frame.id });
    }
    tab.send({ ...callback, id: 'r-6', name: 'x'.repeat(101) });
    expect(await tab.next('error')).toMatchObject({ code: 'too-large', id: 'r-6' });
    tab.send({ type: 'request', id: 'r-7', kind: 'email', team: 'Billing team', name: 'Ada', email: 'ada@example.com', message: 'Where is my invoice?' });
    expect(await tab.next('request-ack')).toMatchObject({ id: 'r-7' });
  });

  it('marked done by an agent stay done across a restart, and every agent sees it', async () => {
    const db = tempDb();
    const first = await relayOn(db);
    const tab = await visitor(first, 'visitor-done');
    tab.send(callback);
    await tab.next('request-ack');
    const one = await agent(first);
    const two = await agent(first);
    one.socket.send({ type: 'done', id: 'req-callback-1', done: true });
    const seen = await two.socket.next('request');
    expect(seen.item.doneAt).toEqual(expect.any(Number));
    one.socket.send({ type: 'done', id: 'no-such-request' });
    expect(await one.socket.next('error')).toMatchObject({ code: 'bad-frame', id: 'no-such-request' });
    for (const c of open.splice(0).reverse()) await c.close();
    const second = await relayOn(db);
    const after = await agent(second);
    expect(after.requests).toEqual([expect.objectContaining({ id: 'req-callback-1', doneAt: seen.item.doneAt })]);
  });

  it('a chat carries its team to the conversation agents list', async () => {
    const relay = await relayOn();
    const ag = await agent(relay);
    const tab = await visitor(relay, 'visitor-team-chat');
    tab.send({ type: 'message', id: 'team-m-1', text: 'Is my card charged twice?', context: { page: '/checkout', team: 'Billing team' } });
    await tab.next('ack');
    expect((await ag.socket.next('conversation')).item).toMatchObject({ team: 'Billing team', page: '/checkout' });
  });

  it('a database of version 1 gains the team column and the requests table', async () => {
    const db = tempDb();
    const old = new Database(db);
    old.exec(`CREATE TABLE conversations (id TEXT PRIMARY KEY, visitor_id TEXT NOT NULL, page TEXT, title TEXT, topic TEXT,
      summary TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, last_seq INTEGER NOT NULL DEFAULT 0,
      agent_read_seq INTEGER NOT NULL DEFAULT 0);
      INSERT INTO conversations (id, visitor_id, created_at, updated_at, last_seq) VALUES ('c-old', 'v-old', 1, 1, 0);`);
    old.pragma('user_version = 1');
    old.close();
    const relay = await relayOn(db);
    const tab = await visitor(relay, 'visitor-migrated');
    tab.send(callback);
    expect(await tab.next('request-ack')).toMatchObject({ id: 'req-callback-1' });
  });
});

describe('presence by team', () => {
  it('says which teams have an agent online; an agent who picked none answers for all', async () => {
    const relay = await relayOn();
    const presence = async () => (await fetch(`${relay.url}/presence`)).json();
    const billing = await agent(relay);
    billing.socket.send({ type: 'presence', online: true, teams: ['Billing team', ' Billing team '] });
    expect(await billing.socket.next('presence')).toEqual({ type: 'presence', online: true, agents: 1, teams: ['Billing team'] });
    expect(await presence()).toEqual({ online: true, agents: 1, teams: ['Billing team'] });
    const tools = await agent(relay);
    tools.socket.send({ type: 'presence', online: true, teams: ['Tool specialists'] });
    expect(await tools.socket.next('presence', (f) => f.agents === 2)).toMatchObject({ teams: ['Billing team', 'Tool specialists'] });
    const anyone = await agent(relay);
    anyone.socket.send({ type: 'presence', online: true });
    expect(await anyone.socket.next('presence', (f) => f.agents === 3)).toEqual({ type: 'presence', online: true, agents: 3 });
    anyone.socket.send({ type: 'presence', online: true, teams: 'Billing team' });
    expect(await anyone.socket.next('error')).toMatchObject({ code: 'bad-frame' });
  });
});
