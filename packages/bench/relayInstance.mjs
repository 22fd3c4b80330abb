// One relay instance for the relay benchmark (a child process of relay.mjs): startRelay with the
// options passed as JSON, prints its WebSocket URL, drains on SIGTERM. The bench raises the
// per-socket rate limit and connection cap that protect a real relay from one address.
import { startRelay } from '../relay/src/index.js';

const relay = await startRelay(JSON.parse(process.argv[2]));
process.stdout.write(`${relay.wsUrl}\n`);
process.on('SIGTERM', () => relay.close().then(() => process.exit(0)));
