// Serves the end-to-end fixtures: pages in e2e/fixtures, the script-tag build at /heed/, and an
// SPA built from the npm packages (@heed/core + @heed/widget, as an app would import them).
import { build } from 'esbuild';
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

const server = await startStaticServer({
  port,
  mounts: { '/': here('fixtures'), '/heed/': here('../packages/embed/dist'), '/spa-build/': here('../.cache/e2e-spa') },
  routes,
  spaFallbacks: { '/spa/': here('fixtures/spa/index.html') },
});
console.log(`e2e fixtures on ${server.url}`);
