// `pnpm demo`: builds the shop's per-site heed.js (`heed build`) and serves the demo shop with the script tag in place, starts the chat relay with its
// agent console when the relay package is present, and prints the URLs. Ctrl+C stops both.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startDemoServer } from './demo-server.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const port = Number(process.env.PORT || 5173);
const relayPort = Number(process.env.HEED_RELAY_PORT || 8787);

const stops = [];
const relayEntry = here('../relay/src/index.js');
let relay;
if (existsSync(relayEntry)) {
  try {
    const { startRelay } = await import(pathToFileURL(relayEntry).href);
    // Demo mode: the ready-made agent demo / demo-password (never in production), and the shop's origin.
    relay = await startRelay({
      port: relayPort,
      demo: true,
      origins: [`http://127.0.0.1:${port}`, `http://localhost:${port}`],
    });
    stops.push(() => relay.close());
  } catch (error) {
    console.warn(`The chat relay did not start (${error.message}); the shop still runs without live chat.`);
  }
}

// The config names the relay on its default port; when the relay runs elsewhere, say so in the shop's
// per-site heed.js (the config is compiled in) and in the copy the account app fetches.
const relayUrl = relay && (relay.wsUrl ?? relay.url.replace(/^http/, 'ws'));
const demoBuild = here('../../demo-site/build.mjs');
if (existsSync(demoBuild)) await (await import(pathToFileURL(demoBuild).href)).buildDemo({ relayUrl });

const configRoute = async (req, res, url) => {
  if (url.pathname !== '/heed.config.json' || !relay) return false;
  const text = await readFile(here('../../demo-site/public/heed.config.json'), 'utf8');
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(text.replace('ws://127.0.0.1:8787', relayUrl));
  return true;
};

const site = await startDemoServer({ port, routes: [configRoute] });
stops.push(() => site.close());

console.log(`\nHeed demo shop:      ${site.url}/`);
console.log(`With debug overlay:  ${site.url}/?heed-debug`);
if (relay) console.log(`Agent console:       ${relay.url}/console (sign in as demo / demo-password)`);
console.log('\nPress Ctrl+C to stop.');

const stop = async () => {
  await Promise.allSettled(stops.map((fn) => fn()));
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
