// `pnpm bench:relay`: the chat relay under load. For SQLite (one instance) and PostgreSQL (one,
// then three instances on one database): N concurrent visitor sockets (default 1,000) spread
// over the instances, each sending M messages (default 10), each answered by an agent connected
// to another instance; the next message waits for the reply, as in a conversation. Prints
// throughput, p50/p99 ack latency, lost and duplicated messages (must be 0/0, checked against
// what the visitors and agents received and what the database holds) and relay memory per socket.
//
//   node packages/bench/relay.mjs [--sockets 1000] [--messages 10] [--only sqlite|postgres]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startPostgres } from '../relay/test/pgCluster.js';

const relayRequire = createRequire(fileURLToPath(new URL('../relay/package.json', import.meta.url)));
const { WebSocket } = relayRequire('ws');
const Database = relayRequire('better-sqlite3');

const { values } = parseArgs({
  options: { sockets: { type: 'string', default: '1000' }, messages: { type: 'string', default: '10' }, only: { type: 'string' } },
});
const SOCKETS = Number(values.sockets);
const MESSAGES = Number(values.messages);
const TOKEN = 'bench-token';
const CHILD = fileURLToPath(new URL('./relayInstance.mjs', import.meta.url));
/** Each run's conversations get this long; on a busy machine the rest is reported as unfinished, not lost. */
const RUN_LIMIT_MS = 40_000;
const started = performance.now();
/** Progress on stderr, so a slow phase shows where. */
const step = (what) => process.stderr.write(`[bench:relay ${((performance.now() - started) / 1000).toFixed(1)} s] ${what}\n`);

/** @param {string} db */
function startInstance(db) {
  const options = {
    port: 0,
    db,
    token: TOKEN,
    log: false,
    rateLimit: { perSecond: 100_000, burst: 100_000 },
    maxConnectionsPerAddress: 100_000,
  };
  const child = spawn(process.execPath, [CHILD, JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk) => resolve({ child, wsUrl: String(chunk).trim() }));
    child.once('exit', (code) => reject(new Error(`relay exited with ${code}`)));
  });
}

/** Resident memory of a process, in bytes. */
const rss = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024;

/**
 * @param {string} url
 * @param {string[]} [protocols]
 */
function open(url, protocols = []) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocols);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Agents: one per instance; agent k answers the conversations that hash to k. */
async function startAgents(instances) {
  const agents = [];
  for (let k = 0; k < instances.length; k++) {
    // Each agent sits on the next instance over, so with several instances every reply crosses.
    const ws = await open(`${instances[(k + 1) % instances.length].wsUrl}/agent`, [
      'heed.agent',
      `heed.token.${Buffer.from(TOKEN).toString('base64url')}`,
    ]);
    const agent = { ws, seen: new Map(), acked: new Set() };
    ws.on('message', (data) => {
      const f = JSON.parse(String(data));
      if (f.type === 'ack') agent.acked.add(f.id);
      if (f.type !== 'message' || f.from !== 'visitor') return;
      agent.seen.set(f.id, (agent.seen.get(f.id) ?? 0) + 1);
      if (hash(f.conversationId) % instances.length !== k || agent.seen.get(f.id) > 1) return;
      ws.send(JSON.stringify({ type: 'message', conversationId: f.conversationId, id: `r-${f.id}`, text: `re: ${f.text}` }));
    });
    agents.push(agent);
  }
  return agents;
}

const hash = (text) => [...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);

/** One visitor: hello, then M messages, each waiting for its ack and the agent's reply. */
async function visitor(wsUrl, n, latencies) {
  const ws = await open(`${wsUrl}/visitor`);
  const received = new Map();
  const acked = new Set();
  const waiters = new Map();
  let conversationId = '';
  ws.on('message', (data) => {
    const f = JSON.parse(String(data));
    if (f.type === 'message') received.set(f.id, (received.get(f.id) ?? 0) + 1);
    if (f.type === 'ack') acked.add(f.id);
    const key = f.type === 'welcome' ? 'welcome' : f.type === 'ack' ? `ack:${f.id}` : f.type === 'message' ? `msg:${f.id}` : '';
    waiters.get(key)?.(f);
  });
  const wait = (key) => new Promise((resolve) => waiters.set(key, resolve));
  const welcome = wait('welcome');
  ws.send(JSON.stringify({ type: 'hello', visitorId: `bench-${n}-${Math.random().toString(36).slice(2)}` }));
  conversationId = (await welcome).conversationId;
  return {
    ws,
    conversationId,
    received,
    acked,
    async talk() {
      for (let i = 0; i < MESSAGES; i++) {
        const id = `v${n}-${i}`;
        const acked = wait(`ack:${id}`);
        const replied = wait(`msg:r-${id}`);
        const t0 = performance.now();
        ws.send(JSON.stringify({ type: 'message', id, text: `message ${i} from visitor ${n}` }));
        await acked;
        latencies.push(performance.now() - t0);
        await replied;
      }
    },
  };
}

/**
 * @param {string} label
 * @param {string[]} dbs  one database per instance (the same one for a shared Postgres)
 * @param {() => Set<string>} storedKeys  `${conversation} ${id}` of every message the database holds
 */
async function run(label, dbs, storedKeys) {
  step(`${label} × ${dbs.length}: starting`);
  const instances = [];
  for (const db of dbs) instances.push(await startInstance(db));
  step('connecting visitors');
  const before = instances.reduce((sum, i) => sum + rss(i.child.pid), 0);
  const agents = await startAgents(instances);
  const latencies = [];
  const visitors = [];
  for (let n = 0; n < SOCKETS; n += 100) {
    const batch = Array.from({ length: Math.min(100, SOCKETS - n) }, (_, j) => visitor(instances[(n + j) % instances.length].wsUrl, n + j, latencies));
    visitors.push(...(await Promise.all(batch)));
  }
  const connected = instances.reduce((sum, i) => sum + rss(i.child.pid), 0);
  step('talking');
  const t0 = performance.now();
  let timer;
  await Promise.race([
    Promise.all(visitors.map((v) => v.talk())),
    new Promise((resolve) => (timer = setTimeout(resolve, RUN_LIMIT_MS))),
  ]);
  clearTimeout(timer);
  const seconds = (performance.now() - t0) / 1000;
  // Let what is on its way arrive (on a busy machine the instances may be seconds behind):
  // wait until nothing more arrives for a second, at most 30 s. Only acknowledged messages count below.
  const arrived = () => agents.reduce((n, a) => n + a.seen.size, 0) + visitors.reduce((n, v) => n + v.received.size, 0);
  for (let last = -1, waited = 0; waited < 30_000; waited += 1000) {
    const now = arrived();
    if (now === last) break;
    last = now;
    await new Promise((r) => setTimeout(r, 1000));
  }

  // Lost and duplicated, three ways, over what the relay acknowledged: every acknowledged
  // visitor message reached every agent (each agent gets every message), every acknowledged
  // reply reached its visitor, and the database holds each acknowledged message.
  step('checking');
  let lost = 0;
  let duplicated = 0;
  const where = { database: 0, agents: 0, visitors: 0 };
  const ackedReplies = new Set(agents.flatMap((a) => [...a.acked]));
  const storedIds = storedKeys();
  let acknowledged = 0;
  for (const v of visitors) {
    for (const id of v.acked) {
      acknowledged += 1;
      if (!storedIds.has(`${v.conversationId} ${id}`)) where.database += 1;
      for (const a of agents) {
        const count = a.seen.get(id) ?? 0;
        if (count === 0) where.agents += 1;
        duplicated += Math.max(0, count - 1);
      }
      const reply = `r-${id}`;
      if (!ackedReplies.has(reply)) continue;
      acknowledged += 1;
      if (!storedIds.has(`${v.conversationId} ${reply}`)) where.database += 1;
      const count = v.received.get(reply) ?? 0;
      if (count === 0) where.visitors += 1;
      duplicated += Math.max(0, count - 1);
    }
  }
  const expected = 2 * SOCKETS * MESSAGES;
  lost = where.database + where.agents + where.visitors;
  if (lost) step(`lost: ${JSON.stringify(where)}`);

  for (const v of visitors) v.ws.terminate();
  for (const a of agents) a.ws.terminate();
  await Promise.all(instances.map((i) => new Promise((resolve) => (i.child.once('exit', resolve), i.child.kill('SIGTERM')))));
  step('stopped');
  latencies.sort((a, b) => a - b);
  return {
    label,
    instances: instances.length,
    sockets: SOCKETS,
    messages: acknowledged,
    unfinished: expected - acknowledged,
    perSecond: Math.round(acknowledged / seconds),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    lost,
    duplicated,
    perSocketKiB: (connected - before) / SOCKETS / 1024,
  };
}

const rows = [];
const dir = mkdtempSync(join(tmpdir(), 'heed-bench-relay-'));
try {
  if (values.only !== 'postgres') {
    const file = join(dir, 'relay.sqlite');
    const keys = () => {
      const db = new Database(file, { readonly: true });
      const list = db.prepare("SELECT conversation_id || ' ' || id AS k FROM messages").all();
      db.close();
      return new Set(list.map((r) => r.k));
    };
    rows.push(await run('SQLite', [file], keys));
  }
  if (values.only !== 'sqlite') {
    step('starting a Postgres cluster');
    const pg = await startPostgres();
    try {
      for (const count of [1, 3]) {
        const name = `bench_${count}`;
        const url = pg.database(name);
        const keys = () => new Set(pg.sql("SELECT conversation_id || ' ' || id FROM messages", name).trim().split('\n'));
        rows.push(await run('Postgres', Array(count).fill(url), keys));
      }
    } finally {
      pg.stop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(`\nRelay benchmark: ${SOCKETS} visitor sockets × ${MESSAGES} messages, each answered by an agent on another instance\n`);
console.log('| storage | instances | messages acknowledged | messages/s | ack p50 | ack p99 | lost | duplicated | memory per socket |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.label} | ${r.instances} | ${r.messages} | ${r.perSecond} | ${r.p50.toFixed(1)} ms | ${r.p99.toFixed(1)} ms | ${r.lost} | ${r.duplicated} | ${r.perSocketKiB.toFixed(1)} KiB |`,
  );
}
for (const r of rows.filter((row) => row.unfinished)) {
  console.log(`\n${r.label} × ${r.instances}: ${r.unfinished} of ${2 * SOCKETS * MESSAGES} messages not sent within ${RUN_LIMIT_MS / 1000} s (a busy machine); everything sent was checked`);
}
const bad = rows.filter((r) => r.lost || r.duplicated);
if (bad.length) {
  console.error(`\n${bad.length} run(s) lost or duplicated messages`);
  process.exit(1);
}
