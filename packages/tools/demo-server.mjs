// Serves the demo shop the way `pnpm demo` does: demo-site/public, the shop's per-site heed.js
// (`heed build`, demo-site/build.mjs) under /heed/, the generic script-tag build under
// /heed-generic/, the published schema, and the account app's client-side routes. Used by the demo
// itself, the screenshots script, the demo e2e specs and the benchmarks, so they all see the same site.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';

const repo = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** The per-site script tag every demo page carries, and what it becomes on a shop served with the generic build. */
export const SITE_TAG = '<script async src="/heed/heed.js"></script>';
export const GENERIC_TAG = '<script async src="/heed-generic/heed.js" data-config="/heed.config.json"></script>';

/**
 * The shop's pages with the generic build's tag instead of the per-site one (`heed: 'generic'`):
 * heed.js fetches and validates /heed.config.json at load, as on a site without a build step.
 */
const genericPages = async (req, res, url) => {
  if (!/(\/|\.html)$/.test(url.pathname) || url.pathname.startsWith('/account/')) return false;
  let html;
  try {
    html = await readFile(repo(`demo-site/public${url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname}`), 'utf8');
  } catch {
    return false;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }).end(html.replace(SITE_TAG, GENERIC_TAG));
  return true;
};

/**
 * `heed`: which build the shop's pages load, 'site' (default: demo-site/dist/heed/, built by
 * buildDemo()) or 'generic' (packages/embed/dist with data-config).
 * @param {{ port?: number, host?: string, routes?: Array<Function>, heed?: 'site' | 'generic' }} [options]
 */
export function startDemoServer({ port = 0, host, routes = [], heed = 'site' } = {}) {
  return startStaticServer({
    port,
    host,
    routes: heed === 'generic' ? [...routes, genericPages] : routes,
    mounts: {
      '/': repo('demo-site/public'),
      '/heed/': repo('demo-site/dist/heed'),
      '/heed-generic/': repo('packages/embed/dist'),
      '/heed.schema.json': repo('packages/core/schema/heed.schema.json'),
      // The chat product stand-ins, for /chat-product.html (clearly labelled there): no real product loads offline.
      '/standin/': repo('e2e/fixtures/providers'),
    },
    spaFallbacks: { '/account/': repo('demo-site/public/account/index.html') },
  });
}
