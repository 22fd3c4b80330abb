// Several relay instances on one PostgreSQL database (real server, three processes on
// loopback, no sticky sessions): messages cross instances in order, a visitor whose instance is
// killed resumes on another with nothing lost or doubled, a dropped listener catches up, and a
// message resent on two instances at once is stored once.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentProtocols, Client, type Frame, waitFor } from './helpers.js';
import { eventually, startInstance, type Instance } from './instances.js';
import { startPostgres, type PgCluster } from './pgCluster.js';

const TOKEN = 'multi-instance-token';
let pg: PgCluster;
let db: string;
let A: Instance;
let B: Instance;
let C: Instance;
const clients: Client[] = [];

beforeAll(async () => {
  pg = await startPostgres();
  db = pg.database('relay_multi');
  // One after the other first (the first applies the migrations), to also show a second start changes nothing.
  A = await startInstance('A', db, ['--token', TOKEN]);
  [B, C] = await Promise.all([startInstance('B', db, ['--token', TOKEN]), startInstance('C', db, ['--token', TOKEN])]);
}, 60_000);

afterAll(async () => {
  for (const c of clients.splice(0)) c.ws.terminate();
  await Promise.all([A, B, C].filter(Boolean).map((i) => i.kill()));
  pg?.stop();
});

async function visitor(at: Instance) {
  const c = await Client.connect(`${at.wsUrl}/visitor`);
  clients.push(c);
  return c;
}

/** An agent socket, online, past its first frames. */
async function agent(at: Instance) {
  const c = await Client.connect(`${at.wsUrl}/agent`, { protocols: agentProtocols(TOKEN) });
  clients.push(c);
  await c.next('conversations');
  await c.next('presence');
  c.send({ type: 'presence', online: true });
  await c.next('presence');
  return c;
}

/** The messages of conversation `id` an agent receives live, in arrival order, until `count`. */
async function agentMessages(a: Client, id: string, count: number, ms = 6000): Promise<Frame[]> {
  const got: Frame[] = [];
  while (got.length < count) got.push(await a.next('message', (f) => f.conversationId === id, ms));
  return got;
}

/** What the database holds for a conversation: [seq, id] in seq order. */
const stored = (id: string) =>
  pg
    .sql(`SELECT seq || ' ' || id FROM messages WHERE conversation_id = '${id}' ORDER BY seq`, 'relay_multi')
    .trim()
    .split('\n')
    .filter(Boolean);

const health = async (at: Instance) => (await fetch(`${at.url}/health`)).json();

describe('three relay instances on one Postgres database', () => {
  it('applied the schema once, and reports storage and listener in /health', async () => {
    expect(pg.sql('SELECT version FROM heed_schema ORDER BY version', 'relay_multi').trim().split('\n')).toEqual(['1', '2', '3']);
    const h = await health(B);
    expect(h).toMatchObject({ ok: true, storage: { kind: 'postgres', ok: true }, listener: { kind: 'postgres', listening: true } });
  });

  it('carries messages both ways, in order, between a visitor on A and an agent on B; presence counts B’s agent on A', async () => {
    const ag = await agent(B);
    await eventually(async () => (await (await fetch(`${A.url}/presence`)).json()).agents === 1, 'agent on B counted by A');
    const v = await visitor(A);
    const welcome = await v.hello(`v-${randomUUID()}`);
    const id = welcome.conversationId;
    for (let i = 1; i <= 5; i++) v.send({ type: 'message', id: `v${i}`, text: `visitor ${i}` });
    const acks = [];
    for (let i = 1; i <= 5; i++) acks.push(await v.next('ack', (f) => f.id === `v${i}`));
    expect(acks.map((a) => a.seq)).toEqual([1, 2, 3, 4, 5]);
    expect((await agentMessages(ag, id, 5)).map((m) => [m.seq, m.id])).toEqual(acks.map((a, i) => [a.seq, `v${i + 1}`]));

    for (let i = 1; i <= 3; i++) ag.send({ type: 'message', conversationId: id, id: `a${i}`, text: `agent ${i}` });
    const replies = [];
    for (let i = 0; i < 3; i++) replies.push(await v.next('message'));
    expect(replies.map((m) => [m.seq, m.id, m.from])).toEqual([
      [6, 'a1', 'agent'],
      [7, 'a2', 'agent'],
      [8, 'a3', 'agent'],
    ]);
    ag.send({ type: 'typing', conversationId: id, on: true });
    expect(await v.next('typing')).toMatchObject({ on: true });
  });

  it('shows a request sent on A to an agent on C', async () => {
    const ag = await agent(C);
    const v = await visitor(A);
    await v.hello(`v-${randomUUID()}`);
    const rid = `req-${randomUUID()}`;
    v.send({ type: 'request', id: rid, kind: 'email', team: 'Billing', name: 'Ada', email: 'ada@example.com', message: 'Invoice' });
    await v.next('request-ack', (f) => f.id === rid);
    expect((await ag.next('request', (f) => f.item.id === rid)).item).toMatchObject({ team: 'Billing', name: 'Ada' });
  });

  it('stores a message resent on two instances at the same moment once, with one seq for both acks', async () => {
    const visitorId = `v-${randomUUID()}`;
    const first = await visitor(A);
    const { conversationId } = await first.hello(visitorId);
    first.send({ type: 'message', id: 'start', text: 'start' });
    await first.next('ack');
    const onA = await visitor(A);
    const onB = await visitor(B);
    await onA.hello(visitorId, { conversationId, lastSeq: 1 });
    await onB.hello(visitorId, { conversationId, lastSeq: 1 });
    for (let i = 0; i < 15; i++) {
      const frame = { type: 'message', id: `same-${i}`, text: `resent ${i}` };
      onA.send(frame);
      onB.send(frame);
    }
    for (let i = 0; i < 15; i++) {
      const [a, b] = await Promise.all([onA.next('ack', (f) => f.id === `same-${i}`), onB.next('ack', (f) => f.id === `same-${i}`)]);
      expect(a.seq).toBe(b.seq);
    }
    const rows = stored(conversationId);
    expect(rows).toHaveLength(16);
    expect(rows.map((r) => Number(r.split(' ')[0]))).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.split(' ')[1])).size).toBe(16);
  });

  it('delivers a message stored while B’s listener connection was dropped, once it is back', async () => {
    const ag = await agent(B);
    const v = await visitor(A);
    const { conversationId } = await v.hello(`v-${randomUUID()}`);
    v.send({ type: 'message', id: 'before', text: 'before the drop' });
    await agentMessages(ag, conversationId, 1);
    const { instance } = await health(B);
    const pid = pg.sql(`SELECT pid FROM pg_stat_activity WHERE application_name = 'heed-relay-listener ${instance}'`).trim();
    expect(pid).toMatch(/^\d+$/);
    pg.sql(`SELECT pg_terminate_backend(${pid})`);
    await eventually(() => pg.sql(`SELECT count(*) FROM pg_stat_activity WHERE pid = ${pid}`).trim() === '0', 'listener gone');
    // Stored and notified while B listens to nothing: only B's catch-up can find it.
    v.send({ type: 'message', id: 'during', text: 'during the drop' });
    expect((await v.next('ack', (f) => f.id === 'during')).seq).toBe(2);
    const [m] = await agentMessages(ag, conversationId, 1, 8000);
    expect([m.seq, m.id]).toEqual([2, 'during']);
    const h = await eventually(async () => {
      const state = await health(B);
      return state.listener.listening && state.listener.reconnects >= 1 ? state : null;
    }, 'listener back');
    expect(h.ok).toBe(true);
    v.send({ type: 'message', id: 'after', text: 'after the drop' });
    expect((await agentMessages(ag, conversationId, 1)).map((f) => f.id)).toEqual(['after']);
    expect(ag.take('message').filter((f) => f.conversationId === conversationId)).toEqual([]);
  });

  it('delivers every message of a conversation new to an instance when its notifications arrive out of order', async () => {
    const ag = await agent(B);
    // Another instance stored seq 1 and 2; B hears of 2 first (1's notification is late).
    const id = `late-${randomUUID()}`;
    const now = Date.now();
    const append = (mid: string) =>
      `SELECT seq FROM heed_append('${id}', '${mid}', 'visitor', 'text of ${mid}', ${now}, NULL, NULL, NULL, NULL, NULL, NULL)`;
    pg.sql(`INSERT INTO conversations (id, visitor_id, created_at, updated_at) VALUES ('${id}', 'v-late', ${now}, ${now})`, 'relay_multi');
    expect(pg.sql(append('first'), 'relay_multi').trim()).toBe('1');
    expect(pg.sql(append('second'), 'relay_multi').trim()).toBe('2');
    const notify = (seq: number) => pg.sql(`SELECT pg_notify('heed_relay', '{"k":"m","c":"${id}","s":${seq},"i":"elsewhere"}')`, 'relay_multi');
    notify(2);
    notify(1);
    expect((await agentMessages(ag, id, 2)).map((m) => [m.seq, m.id])).toEqual([
      [1, 'first'],
      [2, 'second'],
    ]);
  });

  it('signs an agent in on A with an account added by the command line; the session opens the agent socket on B', async () => {
    const cli = fileURLToPath(new URL('../src/cli.js', import.meta.url));
    const add = spawnSync(process.execPath, [cli, 'agent', 'add', 'grace', '--team', 'Billing', '--db', db], {
      input: 'a long enough password\n',
      encoding: 'utf8',
    });
    expect(add.status).toBe(0);
    const wrong = await fetch(`${A.url}/signin`, { method: 'POST', body: new URLSearchParams({ name: 'grace', password: 'nope' }) });
    expect(wrong.status).toBe(401);
    const res = await fetch(`${A.url}/signin`, { method: 'POST', body: new URLSearchParams({ name: 'grace', password: 'a long enough password' }) });
    expect(res.status).toBe(200);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
    const c = await Client.connect(`${B.wsUrl}/agent`, { protocols: ['heed.agent'], headers: { cookie } });
    clients.push(c);
    await c.next('conversations');
    await fetch(`${C.url}/signout`, { method: 'POST', headers: { cookie } });
    const after = await Client.connect(`${B.wsUrl}/agent`, { protocols: ['heed.agent'], headers: { cookie } });
    clients.push(after);
    expect((await waitFor(after.closed, 4000, 'close')).code).toBe(4401);
  });

  it('resumes a visitor on C after A is killed mid-conversation, with nothing lost or doubled', async () => {
    const ag = await agent(B);
    const visitorId = `v-${randomUUID()}`;
    let v = await visitor(A);
    const { conversationId } = await v.hello(visitorId);
    /** The widget's bookkeeping: what is acknowledged, what is waiting, the last seq seen. */
    const unacked = new Map<string, string>();
    let lastSeq = 0;
    const sendMessage = (id: string, text: string) => {
      unacked.set(id, text);
      v.send({ type: 'message', id, text });
    };
    for (let i = 1; i <= 3; i++) sendMessage(`k${i}`, `message ${i}`);
    for (let i = 1; i <= 3; i++) {
      lastSeq = (await v.next('ack', (f) => f.id === `k${i}`)).seq;
      unacked.delete(`k${i}`);
    }
    ag.send({ type: 'message', conversationId, id: 'reply-1', text: 'agent reply' });
    lastSeq = (await v.next('message', (f) => f.id === 'reply-1')).seq;
    // Two more in flight, then A dies without a word.
    sendMessage('k4', 'message 4');
    sendMessage('k5', 'message 5');
    await A.kill();
    await waitFor(v.closed, 4000, 'visitor socket closed');
    for (const ack of v.take('ack')) unacked.delete(ack.id);

    v = await visitor(C);
    const welcome = await v.hello(visitorId, { conversationId, lastSeq });
    expect(welcome.conversationId).toBe(conversationId);
    for (const [id, text] of unacked) v.send({ type: 'message', id, text });
    for (const id of unacked.keys()) await v.next('ack', (f) => f.id === id);
    sendMessage('k6', 'message 6');
    await v.next('ack', (f) => f.id === 'k6');
    ag.send({ type: 'message', conversationId, id: 'reply-2', text: 'still here' });
    expect((await v.next('message', (f) => f.id === 'reply-2')).from).toBe('agent');

    const rows = stored(conversationId);
    expect(rows.map((r) => r.split(' ')[1])).toEqual(['k1', 'k2', 'k3', 'reply-1', 'k4', 'k5', 'k6', 'reply-2']);
    expect(rows.map((r) => Number(r.split(' ')[0]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // The agent on B saw every visitor message once, in order.
    const seen = await agentMessages(ag, conversationId, 5);
    expect(seen.map((m) => m.id)).toEqual(['k1', 'k2', 'k3', 'k4', 'k5']);
    const [k6] = await agentMessages(ag, conversationId, 1);
    expect(k6.id).toBe('k6');
    await new Promise((r) => setTimeout(r, 300));
    expect(ag.take('message').filter((f) => f.conversationId === conversationId)).toEqual([]);
    // Nothing the visitor got twice either.
    const got = v.take('message').map((m) => m.id);
    expect(new Set(got).size).toBe(got.length);
  });

  it('drains on SIGTERM: sockets are told to reconnect (1001), the process exits 0, its agents leave presence', async () => {
    const ag = await agent(C);
    const { instance, sockets } = await health(C);
    // Every agent socket on C is online (this test's and the request test's): C's entry says so,
    // and B counts them.
    const onC = sockets.agents;
    const rowOf = () => pg.sql(`SELECT agents FROM relay_presence WHERE instance = '${instance}'`, 'relay_multi').trim();
    await eventually(() => rowOf() === String(onC), 'C’s presence entry');
    const live = () => Number(pg.sql(`SELECT COALESCE(SUM(agents), 0) FROM relay_presence WHERE instance <> '${instance}'`, 'relay_multi').trim());
    const onB = async () => (await (await fetch(`${B.url}/presence`)).json()).agents;
    await eventually(async () => (await onB()) === live() + onC, 'B counting C’s agents');
    const v = await visitor(C);
    await v.hello(`v-${randomUUID()}`);
    const code = await C.stop();
    expect(code).toBe(0);
    expect((await waitFor(v.closed, 4000, 'visitor close')).code).toBe(1001);
    expect((await waitFor(ag.closed, 4000, 'agent close')).code).toBe(1001);
    expect(rowOf()).toBe('');
    await eventually(async () => (await onB()) === live(), 'B no longer counting C’s agents');
  });
});
