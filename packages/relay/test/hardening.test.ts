import { connect as tcpConnect } from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RelayHandle } from '../src/index.js';
import { agentProtocols, Client, removeTempDirs, start, TOKEN, waitFor } from './helpers.js';

const relays: RelayHandle[] = [];
const clients: Client[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) await c.close();
  for (const r of relays.splice(0)) await r.close();
});
afterAll(removeTempDirs);

async function relay(options: Parameters<typeof start>[0] = {}) {
  const r = await start(options);
  relays.push(r);
  return r;
}

async function greeted(r: RelayHandle, visitorId: string) {
  const c = await Client.visitor(r);
  clients.push(c);
  const welcome = await c.hello(visitorId);
  return { client: c, conversationId: welcome.conversationId as string };
}

describe('malformed input', () => {
  it('answers bad JSON, wrong types and oversized frames with errors and keeps serving', async () => {
    const r = await relay();
    const { client: bystander } = await greeted(r, 'visitor-bystander');
    const { client: v } = await greeted(r, 'visitor-malformed');

    v.sendRaw('{not json');
    expect(await v.next('error')).toMatchObject({ code: 'bad-json' });
    v.sendRaw('[1,2,3]');
    expect(await v.next('error')).toMatchObject({ code: 'bad-json' });
    v.sendRaw('"just a string"');
    expect(await v.next('error')).toMatchObject({ code: 'bad-json' });
    v.send({ kind: 'message' });
    expect(await v.next('error')).toMatchObject({ code: 'bad-frame' });
    v.send({ type: 'shout', text: 'hi' });
    expect(await v.next('error')).toMatchObject({ code: 'bad-frame' });
    v.send({ type: 'message', id: 42, text: 'number id' });
    expect(await v.next('error')).toMatchObject({ code: 'bad-frame' });
    v.send({ type: 'message', id: 'typed-1', text: 12345 });
    expect(await v.next('error')).toMatchObject({ code: 'bad-frame', id: 'typed-1' });
    v.send({ type: 'message', id: 'typed-2', text: '   ' });
    expect(await v.next('error')).toMatchObject({ code: 'bad-frame', id: 'typed-2' });
    v.send({ type: 'message', id: 'typed-3', text: 'ok', context: 'page=/x' });
    expect(await v.next('error')).toMatchObject({ code: 'bad-frame', id: 'typed-3' });
    v.send({ type: 'message', id: 'typed-4', text: 'ok', context: { page: 'javascript:alert(1)' } });
    expect(await v.next('error')).toMatchObject({ code: 'bad-frame', id: 'typed-4' });
    v.send({ type: 'message', id: 'bad id with spaces', text: 'ok' });
    expect(await v.next('error')).toMatchObject({ code: 'bad-frame' });
    v.send({ type: 'typing', on: 'yes' });
    expect(await v.next('error')).toMatchObject({ code: 'bad-frame' });
    v.send({ type: 'hello', visitorId: 'x', lastSeq: -1 });
    expect(await v.next('error')).toMatchObject({ code: 'bad-frame' });
    v.sendRaw(Buffer.from([1, 2, 3]));
    expect(await v.next('error')).toMatchObject({ code: 'bad-frame' });

    // Text over 4000 characters, in a frame under the 16 KB limit.
    v.send({ type: 'message', id: 'long-1', text: 'x'.repeat(4001) });
    expect(await v.next('error')).toMatchObject({ code: 'too-large', id: 'long-1' });
    // A frame over 16 KB gets an error frame; the socket stays open.
    v.sendRaw(JSON.stringify({ type: 'message', id: 'big-1', text: 'y'.repeat(20_000) }));
    expect(await v.next('error')).toMatchObject({ code: 'too-large' });

    // None of that was stored, and this socket still works.
    v.send({ type: 'message', id: 'fine-1', text: 'Still here' });
    expect(await v.next('ack', (f) => f.id === 'fine-1')).toMatchObject({ seq: 1 });

    // A frame beyond the hard limit closes only that socket (1009).
    v.sendRaw('z'.repeat(70_000));
    expect((await waitFor(v.closed, 4000, 'close')).code).toBe(1009);

    // Other clients are unaffected.
    bystander.send({ type: 'message', id: 'other-1', text: 'Unaffected' });
    expect(await bystander.next('ack', (f) => f.id === 'other-1')).toMatchObject({ seq: 1 });
    const res = await fetch(`${r.url}/health`);
    expect(await res.json()).toMatchObject({ ok: true });
  });

  it('validates agent frames as strictly', async () => {
    const r = await relay();
    const { agent } = await Client.agent(r);
    clients.push(agent);
    agent.send({ type: 'message', conversationId: 'c', id: 'a-1' });
    expect(await agent.next('error')).toMatchObject({ code: 'bad-frame', id: 'a-1' });
    agent.send({ type: 'presence', online: 1 });
    expect(await agent.next('error')).toMatchObject({ code: 'bad-frame' });
    agent.send({ type: 'open', conversationId: 'c', lastSeq: 1.5 });
    expect(await agent.next('error')).toMatchObject({ code: 'bad-frame' });
    agent.send({ type: 'hello', visitorId: 'agent-pretending' });
    expect(await agent.next('error')).toMatchObject({ code: 'bad-frame' });
    agent.send({ type: 'list' });
    expect(await agent.next('conversations')).toMatchObject({ items: [] });
  });
});

describe('rate limit', () => {
  it('rejects frames beyond the token bucket with rate-limited errors', async () => {
    const r = await relay({ rateLimit: { perSecond: 1, burst: 5 } });
    const { client: v } = await greeted(r, 'visitor-flood'); // the hello took one token
    for (let i = 0; i < 20; i++) v.send({ type: 'message', id: `flood-${i}`, text: `message ${i}` });
    const outcomes: Array<{ type: string; code?: string; id?: string }> = [];
    while (outcomes.length < 20) {
      const f = await v.nextMatching((x) => x.type === 'ack' || x.type === 'error');
      outcomes.push(f);
    }
    const acked = outcomes.filter((f) => f.type === 'ack');
    const limited = outcomes.filter((f) => f.type === 'error');
    expect(limited.length).toBeGreaterThan(0);
    expect(limited.every((f) => f.code === 'rate-limited' && typeof f.id === 'string')).toBe(true);
    expect(acked.length).toBeGreaterThanOrEqual(4);
    expect(acked.length).toBeLessThan(20);
    // The default limit lets a person type freely.
    const r2 = await relay();
    const { client: w } = await greeted(r2, 'visitor-normal');
    for (let i = 0; i < 10; i++) w.send({ type: 'message', id: `ok-${i}`, text: `message ${i}` });
    for (let i = 0; i < 10; i++) await w.next('ack', (f) => f.id === `ok-${i}`);
    expect(w.take('error')).toEqual([]);
  });
});

describe('origins and tokens', () => {
  it('refuses browser origins outside the allow-list with 403', async () => {
    const r = await relay({ origins: 'http://127.0.0.1:*,http://localhost:*' });
    await expect(Client.visitor(r, { origin: 'https://evil.example' })).rejects.toMatchObject({ status: 403 });
    await expect(Client.visitor(r, { origin: 'http://127.0.0.1.evil.example:8080' })).rejects.toMatchObject({
      status: 403,
    });
    await expect(Client.visitor(r, { origin: 'null' })).rejects.toMatchObject({ status: 403 });
    const ok = await Client.visitor(r, { origin: 'http://localhost:5173' });
    clients.push(ok);
    const ok2 = await Client.visitor(r, { origin: 'http://127.0.0.1:4000' });
    clients.push(ok2);

    const strict = await relay({ origins: 'https://shop.example.com, https://*.help.example' });
    await expect(Client.visitor(strict, { origin: 'http://localhost:5173' })).rejects.toMatchObject({ status: 403 });
    await expect(Client.visitor(strict, { origin: 'http://shop.example.com' })).rejects.toMatchObject({ status: 403 });
    clients.push(await Client.visitor(strict, { origin: 'https://shop.example.com' }));
    clients.push(await Client.visitor(strict, { origin: 'https://eu.help.example' }));
    // The console's own origin may always reach the agent endpoint.
    clients.push(await Client.agentSocket(strict, TOKEN, { origin: strict.url }));
    await expect(Client.connect(`${strict.wsUrl}/nowhere`)).rejects.toMatchObject({ status: 404 });
  });

  it('requires the agent token', async () => {
    const r = await relay();
    for (const protocols of [[], ['heed.agent', 'heed.token.'], agentProtocols('wrong')]) {
      const c = await Client.connect(`${r.wsUrl}/agent`, { protocols });
      expect(await c.next('error')).toMatchObject({ code: 'unauthorized' });
      expect((await waitFor(c.closed, 4000, 'close')).code).toBe(4401);
      expect(c.take('conversations')).toEqual([]);
    }
    const { agent, conversations } = await Client.agent(r, TOKEN);
    clients.push(agent);
    expect(conversations.items).toEqual([]);
  });
});

describe('heartbeat', () => {
  it('drops a socket that stops answering pings', async () => {
    const r = await relay({ heartbeatMs: 300 });
    const { client: live } = await greeted(r, 'visitor-live'); // ws answers pings by itself
    // A hand-made client that completes the upgrade and then never answers.
    const socket = tcpConnect(r.port, '127.0.0.1');
    const ended = new Promise<void>((resolve) => {
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
    });
    socket.write(
      'GET /visitor HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
    );
    socket.resume();
    await waitFor(ended, 4000, 'dead socket to be dropped');
    // The healthy client survived several heartbeats.
    live.send({ type: 'ping' });
    expect(await live.next('pong')).toEqual({ type: 'pong' });
  });
});
