// Agent accounts (issue 19): the command line adds, lists and removes agents; the console signs
// in with a name and password (scrypt hash, HttpOnly SameSite=Strict cookie, never a URL);
// wrong passwords are throttled; the agent socket needs the session; sign-out ends it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startRelay, type RelayHandle } from '../src/index.js';
import { Client, removeTempDirs, tempDb, waitFor } from './helpers.js';

const CLI = fileURLToPath(new URL('../src/cli.js', import.meta.url));
const relays: RelayHandle[] = [];
const clients: Client[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) await c.close();
  for (const r of relays.splice(0)) await r.close();
});
afterAll(removeTempDirs);

function cli(args: string[], input = '') {
  const run = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', env: { ...process.env, HEED_RELAY_DB: '' } });
  return { code: run.status, out: run.stdout + run.stderr };
}

/** A relay on a file where the command line added agent ada (team Billing). */
async function relayWithAda() {
  const db = tempDb();
  expect(cli(['agent', 'add', 'ada', '--team', 'Billing', '--db', db], 'correct horse battery\n').code).toBe(0);
  const r = await startRelay({ port: 0, db, log: false });
  relays.push(r);
  return { r, db };
}

const signIn = (r: RelayHandle, name: string, password: string, headers: Record<string, string> = {}) =>
  fetch(`${r.url}/signin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ name, password }),
  });

const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0];

async function refused(r: RelayHandle, headers: Record<string, string> = {}) {
  const c = await Client.connect(`${r.wsUrl}/agent`, { protocols: ['heed.agent'], headers });
  expect(await c.next('error')).toMatchObject({ code: 'unauthorized' });
  expect((await waitFor(c.closed, 4000, 'close')).code).toBe(4401);
}

describe('agent accounts', () => {
  it('are added, listed and removed by the command line, with only a scrypt hash stored', async () => {
    const db = tempDb();
    expect(cli(['agent', 'add', 'ada', '--team', 'Billing', '--team', 'Sales', '--db', db], 'correct horse battery\n')).toMatchObject({ code: 0 });
    expect(cli(['agent', 'add', 'bob', '--db', db], 'another long one\n').code).toBe(0);
    expect(cli(['agent', 'add', 'eve', '--db', db], 'short\n').code).toBe(2);
    expect(cli(['agent', 'list', '--db', db]).out).toBe('ada\tBilling,Sales\nbob\t(all teams)\n');
    const file = new Database(db, { readonly: true });
    const rows = file.prepare('SELECT name, password FROM agents ORDER BY name').all() as Array<{ name: string; password: string }>;
    file.close();
    expect(rows[0].password).toMatch(/^scrypt\$16384\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(rows[0].password).not.toContain('correct horse');
    // A per-agent salt: the same password never gives the same hash.
    expect(cli(['agent', 'add', 'carl', '--db', db], 'correct horse battery\n').code).toBe(0);
    const again = new Database(db, { readonly: true });
    const carl = again.prepare("SELECT password FROM agents WHERE name = 'carl'").get() as { password: string };
    again.close();
    expect(carl.password.split('$')[5]).not.toBe(rows[0].password.split('$')[5]);
    expect(cli(['agent', 'remove', 'bob', '--db', db]).code).toBe(0);
    expect(cli(['agent', 'remove', 'bob', '--db', db]).code).toBe(1);
    expect(cli(['agent', 'list', '--db', db]).out).toBe('ada\tBilling,Sales\ncarl\t(all teams)\n');
  });

  it('let an agent start the relay without a token, sign in with a cookie session and open the agent socket', async () => {
    const { r } = await relayWithAda();
    expect(r.token).toBeNull();
    const res = await signIn(r, 'ada', 'correct horse battery');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ name: 'ada', teams: ['Billing'] });
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^heed_session=[\w-]{43}; HttpOnly; SameSite=Strict; Path=\/; Max-Age=\d+$/);
    const cookie = cookieOf(res);
    expect(await (await fetch(`${r.url}/session`, { headers: { cookie } })).json()).toEqual({ name: 'ada', teams: ['Billing'] });

    const c = await Client.connect(`${r.wsUrl}/agent`, { protocols: ['heed.agent'], headers: { cookie } });
    clients.push(c);
    expect(await c.next('conversations')).toMatchObject({ items: [] });
    // The account's teams are what it answers until the console says otherwise.
    c.send({ type: 'presence', online: true });
    expect(await c.next('presence', (f) => f.online)).toMatchObject({ agents: 1, teams: ['Billing'] });
  });

  it('refuse the agent socket without a session, with a forged one, and after sign-out', async () => {
    const { r } = await relayWithAda();
    await refused(r);
    await refused(r, { cookie: 'heed_session=forged-session-value-forged-session-value-xx' });
    const cookie = cookieOf(await signIn(r, 'ada', 'correct horse battery'));
    const out = await fetch(`${r.url}/signout`, { method: 'POST', headers: { cookie } });
    expect(out.headers.get('set-cookie')).toMatch(/^heed_session=; .*Max-Age=0/);
    expect((await fetch(`${r.url}/session`, { headers: { cookie } })).status).toBe(401);
    await refused(r, { cookie });
  });

  it('answer a wrong password with 401, then throttle the address with 429', async () => {
    const { r } = await relayWithAda();
    for (let i = 0; i < 5; i++) {
      const res = await signIn(r, 'ada', `wrong password ${i}`);
      expect(res.status).toBe(401);
      expect(res.headers.get('set-cookie')).toBeNull();
    }
    expect((await signIn(r, 'nobody', 'x')).status).toBe(429);
    // Locked out even with the right password, until the window passes.
    expect((await signIn(r, 'ada', 'correct horse battery')).status).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await signIn(r, 'ada', 'correct horse battery')).status).toBe(200);
  });

  it('refuse a sign-in posted from another site (login CSRF)', async () => {
    const { r } = await relayWithAda();
    const res = await signIn(r, 'ada', 'correct horse battery', { origin: 'https://attacker.example' });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect((await signIn(r, 'ada', 'correct horse battery', { origin: r.url })).status).toBe(200);
  });

  it('keep a ready-made demo agent in demo mode', async () => {
    const r = await startRelay({ port: 0, db: tempDb(), log: false, demo: true });
    relays.push(r);
    expect((await signIn(r, 'demo', 'demo-password')).status).toBe(200);
  });
});
