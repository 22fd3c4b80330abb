// Access control (issue 16 item 9): no public default secret, the agent token outside the URL,
// origins and Host on the agent endpoint, per-address throttling and caps, conversations stored
// on their first message, and a flooding socket closed.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startRelay, type RelayHandle, type RelayOptions } from '../src/index.js';
import { agentProtocols, Client, removeTempDirs, start, tempDb, TOKEN, waitFor } from './helpers.js';

const relays: RelayHandle[] = [];
const clients: Client[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) await c.close();
  for (const r of relays.splice(0)) await r.close();
});
afterAll(removeTempDirs);

async function relay(options: RelayOptions = {}) {
  const r = await start(options);
  relays.push(r);
  return r;
}

async function refusedToken(r: RelayHandle, protocols: string[], url = `${r.wsUrl}/agent`) {
  const c = await Client.connect(url, { protocols });
  expect(await c.next('error')).toMatchObject({ code: 'unauthorized' });
  expect((await waitFor(c.closed, 4000, 'close')).code).toBe(4401);
}

/** Starts the command line relay; resolves with what it printed up to its console line, or on exit. */
function cliOutput(args: string[]): Promise<{ out: string; code: number | null }> {
  const cli = fileURLToPath(new URL('../src/cli.js', import.meta.url));
  const child = spawn(process.execPath, [cli, '--port', '0', '--db', ':memory:', ...args], {
    env: { ...process.env, HEED_RELAY_TOKEN: '' },
  });
  let out = '';
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return waitFor(
    new Promise<{ out: string; code: number | null }>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (/console: .*\n/.test(out)) {
          child.kill('SIGTERM');
          resolve({ out, code: null });
        }
      });
      child.on('exit', (code) => resolve({ out, code }));
    }),
    8000,
    'relay output',
  ).finally(() => child.kill('SIGKILL'));
}

describe('agent token', () => {
  it('the command line refuses to start with no agent and no token, unless --demo is given', async () => {
    const plain = await cliOutput([]);
    expect(plain.code).toBe(1);
    expect(plain.out).toContain('no agent can sign in');
    expect(plain.out).not.toContain('demo-agent-token');
    const demo = await cliOutput(['--demo']);
    expect(demo.out).toContain('agent token: demo-agent-token');
    expect(demo.out).toContain('demo agent: demo / demo-password');
    expect(demo.out).not.toMatch(/[?#]token=/);
  });

  it('has no public default: without a token or an agent the relay does not start, unless in demo mode', async () => {
    await expect(startRelay({ port: 0, db: tempDb(), log: false })).rejects.toThrow(/no agent can sign in/);

    const demo = await startRelay({ port: 0, db: tempDb(), log: false, demo: true });
    relays.push(demo);
    expect(demo.token).toBe('demo-agent-token');
    clients.push((await Client.agent(demo, 'demo-agent-token')).agent);

    const tokened = await startRelay({ port: 0, db: tempDb(), log: false, token: 's3cret-token' });
    relays.push(tokened);
    await refusedToken(tokened, agentProtocols('demo-agent-token'));
  });

  it('takes the token from Sec-WebSocket-Protocol, never from the query string', async () => {
    const r = await relay();
    await refusedToken(r, [], `${r.wsUrl}/agent?token=${TOKEN}`);
    const c = await Client.agentSocket(r, TOKEN);
    clients.push(c);
    expect(c.ws.protocol).toBe('heed.agent');
    expect(await c.next('conversations')).toMatchObject({ items: [] });
  });
});

describe('origins and Host', () => {
  it('refuses a foreign origin on the agent endpoint, even with a matching Host (DNS rebinding)', async () => {
    const r = await relay({ origins: '*' });
    const port = r.port;
    await expect(
      Client.agentSocket(r, TOKEN, { origin: `http://attacker.example:${port}`, host: `attacker.example:${port}` }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(Client.agentSocket(r, TOKEN, { origin: 'https://shop.example.com' })).rejects.toMatchObject({
      status: 403,
    });
    // A non-browser client naming another host is refused as well.
    await expect(Client.agentSocket(r, TOKEN, { host: `attacker.example:${port}` })).rejects.toMatchObject({
      status: 403,
    });
    clients.push(await Client.agentSocket(r, TOKEN, { origin: r.url }));
    clients.push(await Client.agentSocket(r, TOKEN, { origin: `http://localhost:${port}`, host: `localhost:${port}` }));
  });

  it('accepts configured console origins and host names', async () => {
    const r = await relay({ consoleOrigins: 'https://console.example', hosts: ['relay.example'] });
    clients.push(await Client.agentSocket(r, TOKEN, { origin: 'https://console.example' }));
    clients.push(await Client.agentSocket(r, TOKEN, { origin: 'https://relay.example', host: 'relay.example' }));
    await expect(Client.agentSocket(r, TOKEN, { origin: 'https://other.example' })).rejects.toMatchObject({
      status: 403,
    });
  });

  it('allows on /visitor only the configured origins and the relay’s own', async () => {
    const r = await relay();
    await expect(Client.visitor(r, { origin: 'http://localhost:3000' })).rejects.toMatchObject({ status: 403 });
    await expect(Client.visitor(r, { origin: 'http://127.0.0.1:5173' })).rejects.toMatchObject({ status: 403 });
    clients.push(await Client.visitor(r, { origin: r.url }));
    const shop = await relay({ origins: 'https://shop.example.com' });
    clients.push(await Client.visitor(shop, { origin: 'https://shop.example.com' }));
    await expect(Client.visitor(shop, { origin: 'http://localhost:3000' })).rejects.toMatchObject({ status: 403 });
  });
});

describe('per-address limits', () => {
  it('locks an address out after 5 failed sign-ins, for a growing window', async () => {
    const r = await relay();
    for (let i = 0; i < 5; i++) await refusedToken(r, agentProtocols(`wrong-${i}`));
    // Even the right token is refused while locked out.
    await expect(Client.agentSocket(r, TOKEN)).rejects.toMatchObject({ status: 429 });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await refusedToken(r, agentProtocols('wrong-again'));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    // The second lock-out lasts 2 s.
    await expect(Client.agentSocket(r, TOKEN)).rejects.toMatchObject({ status: 429 });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    clients.push(await Client.agentSocket(r, TOKEN));
  });

  it('caps open connections per address', async () => {
    const r = await relay({ maxConnectionsPerAddress: 3 });
    const open = await Promise.all([1, 2, 3].map(() => Client.visitor(r)));
    clients.push(...open);
    await expect(Client.visitor(r)).rejects.toMatchObject({ status: 429 });
    await expect(Client.agentSocket(r, TOKEN)).rejects.toMatchObject({ status: 429 });
    await open[0].close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    clients.push(await Client.visitor(r));
    const defaults = await relay();
    const many = await Promise.all(Array.from({ length: 20 }, () => Client.visitor(defaults)));
    clients.push(...many);
    await expect(Client.visitor(defaults)).rejects.toMatchObject({ status: 429 });
  });
});

describe('conversations and floods', () => {
  it('stores a conversation with its first message, not on hello', async () => {
    const r = await relay();
    const rows = () => {
      const db = new Database(r.db, { readonly: true });
      try {
        return (db.prepare('SELECT COUNT(*) AS n FROM conversations').get() as { n: number }).n;
      } finally {
        db.close();
      }
    };
    for (let i = 0; i < 20; i++) {
      const c = await Client.visitor(r);
      await c.hello(`visitor-bare-${i}`);
      await c.close();
    }
    expect(rows()).toBe(0);
    const tab1 = await Client.visitor(r);
    const tab2 = await Client.visitor(r);
    clients.push(tab1, tab2);
    const w1 = await tab1.hello('visitor-real');
    const w2 = await tab2.hello('visitor-real', { conversationId: w1.conversationId });
    expect(w2.conversationId).toBe(w1.conversationId);
    tab1.send({ type: 'message', id: 'first-1', text: 'hello' });
    expect(await tab1.next('ack')).toMatchObject({ id: 'first-1', seq: 1 });
    expect(await tab2.next('message')).toMatchObject({ id: 'first-1' });
    expect(rows()).toBe(1);
    const { agent, conversations } = await Client.agent(r);
    clients.push(agent);
    expect(conversations.items.map((c: { id: string }) => c.id)).toEqual([w1.conversationId]);
  });

  it('closes a socket whose frames keep being rejected, even between accepted ones', async () => {
    const r = await relay({ rateLimit: { perSecond: 10_000, burst: 10_000 } });
    const c = await Client.visitor(r);
    clients.push(c);
    await c.hello('visitor-flood');
    for (let i = 0; i < 150 && c.ws.readyState === c.ws.OPEN; i++) {
      c.send({ type: 'ping' });
      c.sendRaw('{not json');
    }
    expect((await waitFor(c.closed, 4000, 'close')).code).toBe(1008);
  });
});
