// Serves the end-to-end fixtures: pages in e2e/fixtures, the script-tag build at /heed/, and an
// SPA built from the npm packages (@heed/core + @heed/widget, as an app would import them).
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../packages/tools/static-server.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const port = Number(process.env.PORT || 4173);

await build({
  entryPoints: [here('fixtures/spa/main.ts')],
  bundle: true,
  format: 'esm',
  splitting: true,
  outdir: here('../.cache/e2e-spa'),
  target: 'es2020',
  logLevel: 'warning',
});

const routes = [
  // A search endpoint for fixtures that fetch results.
  (req, res, url) => {
    if (url.pathname !== '/api/search') return false;
    const q = (url.searchParams.get('q') || '').toLowerCase();
    const items = ['spirit level', 'hammer', 'tape measure'].filter((item) => q && item.includes(q));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(items));
    return true;
  },
  (req, res, url) => {
    const match = /^\/api\/status\/(\d{3})$/.exec(url.pathname);
    if (!match) return false;
    const delay = Number(url.searchParams.get('delay') || 0);
    setTimeout(() => res.writeHead(Number(match[1]), { 'content-type': 'application/json' }).end('{}'), delay);
    return true;
  },
];

// A team's requestUrl (experts[].requestUrl): POST stores the request in its box (?box=…, one per
// test), GET lists what the box received, every POST counted, so a spec can see "exactly once".
const requestBoxes = new Map();
routes.push((req, res, url) => {
  if (url.pathname !== '/api/requests') return false;
  const box = url.searchParams.get('box') || '';
  if (!requestBoxes.has(box)) requestBoxes.set(box, []);
  if (req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(requestBoxes.get(box)));
    return true;
  }
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    try {
      requestBoxes.get(box).push(JSON.parse(body));
      res.writeHead(204).end();
    } catch {
      res.writeHead(400).end();
    }
  });
  return true;
});

// The strict-CSP fixture: the page with the Content-Security-Policy the README gives site owners
// (the relay is the one playwright.config.ts starts), and its config pointing at that relay.
const relayOrigin = `127.0.0.1:${process.env.E2E_RELAY_PORT || port + 7}`;
const strictCsp = [
  "default-src 'none'",
  "script-src 'self'",
  `connect-src 'self' ws://${relayOrigin} http://${relayOrigin}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');
routes.push((req, res, url) => {
  if (url.pathname !== '/csp/config.json') return false;
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ chat: { provider: 'relay', url: `ws://${relayOrigin}` }, policy: { minActiveSeconds: 0 } }));
  return true;
});
routes.push(async (req, res, url) => {
  if (url.pathname !== '/csp/index.html') return false;
  const html = await readFile(here('fixtures/csp/index.html'));
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': strictCsp }).end(html);
  return true;
});

const server = await startStaticServer({
  port,
  mounts: { '/': here('fixtures'), '/heed/': here('../packages/embed/dist'), '/spa-build/': here('../.cache/e2e-spa') },
  routes,
  spaFallbacks: { '/spa/': here('fixtures/spa/index.html') },
});
console.log(`e2e fixtures on ${server.url}`);
