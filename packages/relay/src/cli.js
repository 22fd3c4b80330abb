#!/usr/bin/env node
// Command line: `pnpm --filter @heed/relay start [-- --port 8787 …]`
import { parseArgs } from 'node:util';
import { startRelay, DEFAULT_PORT, DEFAULT_HOST, DEFAULT_TOKEN, DEFAULT_DB } from './index.js';
import { DEMO_AGENT } from './options.js';
import { agentCommand, AGENT_HELP } from './agentCli.js';
import { DEFAULT_ORIGINS } from './origins.js';

const HELP = `heed-relay: chat relay and agent console for Heed

Options (each also read from the environment):
  --port <n>        HEED_RELAY_PORT     port to listen on (default ${DEFAULT_PORT}; 0 = any free port)
  --host <addr>     HEED_RELAY_HOST     interface to bind (default ${DEFAULT_HOST})
  --origins <list>  HEED_RELAY_ORIGINS  comma-separated origins of the sites with the widget
                                        (default ${DEFAULT_ORIGINS.join(',') || 'none: only the relay\'s own'})
  --console-origins <list>  HEED_RELAY_CONSOLE_ORIGINS  other origins allowed on /agent (default none)
  --hosts <list>    HEED_RELAY_HOSTS    Host names /agent answers to besides the listening
                                        address, e.g. behind a proxy (default none)
  --max-connections <n>  HEED_RELAY_MAX_CONNECTIONS  per client address (default 20)
  --db <file|url>   HEED_RELAY_DB       SQLite file (default ${DEFAULT_DB}),
                                        or postgres://user:pass@host:5432/db (several instances)
  --token <secret>  HEED_RELAY_TOKEN    a shared agent token for scripts (default none: agents
                                        sign in with accounts; see \`heed-relay agent\`)
  --demo                                demo mode: the demo agent ${DEMO_AGENT.name} / ${DEMO_AGENT.password}, and
                                        without --token the public token ${DEFAULT_TOKEN}
  --durable         HEED_RELAY_DURABLE=1  fsync every write (SQLite synchronous=FULL)
  --quiet                               log errors only
  -h, --help

Without --demo the relay needs an agent account or a token to start.

${AGENT_HELP}`;

if (process.argv[2] === 'agent') {
  try {
    process.exit(await agentCommand(process.argv.slice(3)));
  } catch (err) {
    console.error(`[heed-relay] ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

/** @type {ReturnType<typeof parseArgs>} */
let parsed;
try {
  // `pnpm start -- --port 1234` passes the `--` through: skip it.
  const args = process.argv.slice(2);
  if (args[0] === '--') args.shift();
  parsed = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      origins: { type: 'string' },
      db: { type: 'string' },
      token: { type: 'string' },
      demo: { type: 'boolean' },
      'console-origins': { type: 'string' },
      hosts: { type: 'string' },
      'max-connections': { type: 'string' },
      durable: { type: 'boolean' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
  });
} catch (err) {
  console.error(`${err instanceof Error ? err.message : String(err)}\n\n${HELP}`);
  process.exit(2);
}
const values = /** @type {Record<string, string | boolean | undefined>} */ (parsed.values);
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

/**
 * @param {string} flag
 * @param {string} env
 * @returns {string | undefined}
 */
function setting(flag, env) {
  const v = values[flag];
  if (typeof v === 'string' && v !== '') return v;
  const e = process.env[env];
  return e === undefined || e === '' ? undefined : e;
}

const portText = setting('port', 'HEED_RELAY_PORT');
const port = portText === undefined ? DEFAULT_PORT : Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`invalid port: ${portText}`);
  process.exit(2);
}
const maxText = setting('max-connections', 'HEED_RELAY_MAX_CONNECTIONS');
const maxConnections = maxText === undefined ? undefined : Number(maxText);
if (maxConnections !== undefined && !(Number.isInteger(maxConnections) && maxConnections > 0)) {
  console.error(`invalid --max-connections: ${maxText}`);
  process.exit(2);
}
const tokenSetting = setting('token', 'HEED_RELAY_TOKEN');
const demo = Boolean(values.demo);
const quiet = Boolean(values.quiet);

try {
  const relay = await startRelay({
    port,
    host: setting('host', 'HEED_RELAY_HOST'),
    origins: setting('origins', 'HEED_RELAY_ORIGINS'),
    db: setting('db', 'HEED_RELAY_DB'),
    token: tokenSetting,
    demo,
    consoleOrigins: setting('console-origins', 'HEED_RELAY_CONSOLE_ORIGINS'),
    hosts: setting('hosts', 'HEED_RELAY_HOSTS'),
    maxConnectionsPerAddress: maxConnections,
    durable: Boolean(values.durable) || process.env.HEED_RELAY_DURABLE === '1',
    log: quiet ? undefined : (line) => console.log(`[heed-relay] ${line}`),
  });
  console.log(`[heed-relay] visitors: ${relay.wsUrl}/visitor`);
  console.log(`[heed-relay] health:   ${relay.url}/health`);
  if (demo) {
    console.log(`[heed-relay] demo agent: ${DEMO_AGENT.name} / ${DEMO_AGENT.password} (demo mode: public credentials; never use --demo in production)`);
    if (tokenSetting === undefined) console.log(`[heed-relay] agent token: ${relay.token} (demo mode: a public token)`);
  }
  console.log(`[heed-relay] storage:  ${relay.storage} ${relay.db}`);
  console.log(`[heed-relay] console:  ${relay.url}/console (agents sign in with their accounts${tokenSetting !== undefined ? '; scripts may use the token' : ''})`);

  let stopping = false;
  /** @param {NodeJS.Signals} signal */
  const stop = (signal) => {
    if (stopping) process.exit(1);
    stopping = true;
    if (!quiet) console.log(`[heed-relay] ${signal}: draining sockets, then closing`);
    relay.close().then(
      () => process.exit(0),
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  console.error(`[heed-relay] could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
