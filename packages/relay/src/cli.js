#!/usr/bin/env node
// Command line: `pnpm --filter @heed/relay start [-- --port 8787 …]`
import { parseArgs } from 'node:util';
import { startRelay, DEFAULT_PORT, DEFAULT_HOST, DEFAULT_TOKEN, DEFAULT_DB } from './index.js';
import { DEFAULT_ORIGINS } from './origins.js';

const HELP = `heed-relay: chat relay and agent console for Heed

Options (each also read from the environment):
  --port <n>        HEED_RELAY_PORT     port to listen on (default ${DEFAULT_PORT}; 0 = any free port)
  --host <addr>     HEED_RELAY_HOST     interface to bind (default ${DEFAULT_HOST})
  --origins <list>  HEED_RELAY_ORIGINS  comma-separated allowed origins
                                        (default ${DEFAULT_ORIGINS.join(',')})
  --db <file>       HEED_RELAY_DB       SQLite file (default ${DEFAULT_DB})
  --token <secret>  HEED_RELAY_TOKEN    agent token (default ${DEFAULT_TOKEN})
  --durable         HEED_RELAY_DURABLE=1  fsync every write (SQLite synchronous=FULL)
  --quiet                               log errors only
  -h, --help
`;

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
const tokenSetting = setting('token', 'HEED_RELAY_TOKEN');
const quiet = Boolean(values.quiet);

try {
  const relay = await startRelay({
    port,
    host: setting('host', 'HEED_RELAY_HOST'),
    origins: setting('origins', 'HEED_RELAY_ORIGINS'),
    db: setting('db', 'HEED_RELAY_DB'),
    token: tokenSetting,
    durable: Boolean(values.durable) || process.env.HEED_RELAY_DURABLE === '1',
    log: quiet ? undefined : (line) => console.log(`[heed-relay] ${line}`),
  });
  const token = tokenSetting ?? DEFAULT_TOKEN;
  console.log(`[heed-relay] visitors: ${relay.wsUrl}/visitor`);
  console.log(`[heed-relay] health:   ${relay.url}/health`);
  if (tokenSetting === undefined) {
    console.log(`[heed-relay] agent token: ${token} (default; set --token or HEED_RELAY_TOKEN in production)`);
    console.log(`[heed-relay] console:  ${relay.url}/console?token=${encodeURIComponent(token)}`);
  } else {
    console.log(`[heed-relay] console:  ${relay.url}/console (agent token from --token / HEED_RELAY_TOKEN)`);
  }

  let stopping = false;
  /** @param {NodeJS.Signals} signal */
  const stop = (signal) => {
    if (stopping) process.exit(1);
    stopping = true;
    if (!quiet) console.log(`[heed-relay] ${signal}: closing`);
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
