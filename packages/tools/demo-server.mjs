// Serves the demo shop the way `pnpm demo` does: demo-site/public, the script-tag build under
// /heed/, the published schema, and the account app's client-side routes. Used by the demo itself,
// the screenshots script, the demo e2e specs and the benchmarks, so they all see the same site.
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';

const repo = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** @param {{ port?: number, host?: string, routes?: Array<Function> }} [options] */
export function startDemoServer({ port = 0, host, routes = [] } = {}) {
  return startStaticServer({
    port,
    host,
    routes,
    mounts: {
      '/': repo('demo-site/public'),
      '/heed/': repo('packages/embed/dist'),
      '/heed.schema.json': repo('packages/core/schema/heed.schema.json'),
      // The chat product stand-ins, for /chat-product.html (clearly labelled there): no real product loads offline.
      '/standin/': repo('e2e/fixtures/providers'),
    },
    spaFallbacks: { '/account/': repo('demo-site/public/account/index.html') },
  });
}
