// The demo shop as the benchmark serves it: page variants (no script, Heed, posthog-js), bench configs and an offline PostHog API.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { repo } from '../lib.mjs';
import { GENERIC_TAG, SITE_TAG } from '../../tools/demo-server.mjs';
import { TOKEN } from './settings.mjs';
import { pkg } from './sizes.mjs';

// The demo's pages carry the per-site tag (`heed build`): `?bench=heed` serves them as they are.
const HEED_TAG = SITE_TAG;

function posthogTag() {
  // What PostHog's HTML snippet does, in short: a stub that queues init, then array.js loaded async
  // from api_host. api_host is this loopback server (/ph), answered offline below.
  return `<script>window.posthog=window.posthog||[];posthog._i=[[${JSON.stringify(TOKEN)},{api_host:location.origin+"/ph",person_profiles:"identified_only"},undefined]];posthog.__SV=1;</script>
  <script async src="/ph/static/array.js"></script>`;
}

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8' };

/** Server routes: page variants (`?bench=`), bench configs, and an offline PostHog API under /ph/. */
export function routes(log) {
  const demoConfig = JSON.parse(readFileSync(repo('demo-site/public/heed.config.json'), 'utf8'));
  const configs = {
    // Latency runs measure from the deciding signal "once policy allows": the entry rule is met at once.
    '/bench/latency.config.json': { ...demoConfig, policy: { ...demoConfig.policy, minActiveSeconds: 0 } },
    // The cold path: a stall on /checkout/ after 3 s, so that high need comes before any chunk loaded.
    '/bench/cold.config.json': {
      ...demoConfig,
      policy: { ...demoConfig.policy, minActiveSeconds: 0 },
      pages: demoConfig.pages.map((rule) => (rule.match === '/checkout/*' ? { ...rule, dwellSeconds: 3 } : rule)),
    },
  };
  const json = (res, body) => res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' }).end(JSON.stringify(body));
  return [
    async (req, res, url) => {
      if (configs[url.pathname]) return json(res, configs[url.pathname]), true;
      if (url.pathname.startsWith('/ph/')) {
        const path = url.pathname.slice(3);
        log.push(path);
        if (path.startsWith('/static/')) {
          const file = pkg('posthog-js', `dist/${path.slice(8)}`);
          if (!existsSync(file)) return res.writeHead(404).end(), true;
          res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'text/javascript', 'cache-control': 'no-cache' }).end(await readFile(file));
          return true;
        }
        // Remote config: autocapture on (ENV.md: otherwise it stays off).
        if (/^\/array\/[^/]+\/config$/.test(path)) return json(res, { autocapture_opt_out: false }), true;
        if (/^\/array\/[^/]+\/config\.js$/.test(path)) {
          res.writeHead(200, { 'content-type': TYPES['.js'] }).end('window._POSTHOG_REMOTE_CONFIG=window._POSTHOG_REMOTE_CONFIG||{};');
          return true;
        }
        if (path.startsWith('/flags') || path.startsWith('/decide')) return json(res, { flags: {}, featureFlags: {}, errorsWhileComputingFlags: false, autocapture_opt_out: false }), true;
        return json(res, { status: 1 }), true;
      }
      const variant = url.searchParams.get('bench');
      if (!variant) return false;
      const file = repo(`demo-site/public${url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname}`);
      let html = await readFile(file, 'utf8');
      if (variant === 'none') html = html.replace(HEED_TAG, '');
      else if (variant === 'posthog') html = html.replace(HEED_TAG, posthogTag());
      else if (variant === 'generic') html = html.replace(HEED_TAG, GENERIC_TAG);
      // The bench configs are served, so these run the generic build.
      else if (variant === 'latency' || variant === 'cold') html = html.replace(HEED_TAG, `<script async src="/heed-generic/heed.js" data-config="/bench/${variant}.config.json"></script>`);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }).end(html);
      return true;
    },
  ];
}
