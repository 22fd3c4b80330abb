// A small static file server for the demo and the end-to-end tests. Binds 127.0.0.1 only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

/**
 * Serves `mounts` (URL prefix → folder, longest prefix first). `routes` may answer a path
 * first: `(req, res, url) => boolean`. Folders answer with their index.html; an unknown path
 * answers 404 with `<folder>/404.html` when there is one.
 */
export function startStaticServer({ port = 0, host = '127.0.0.1', mounts, routes = [], spaFallbacks = {} }) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, `http://${req.headers.host}`);
    try {
      for (const route of routes) if (await route(req, res, url)) return;
      const prefix = prefixes.find((p) => url.pathname.startsWith(p));
      if (!prefix) return notFound(res);
      const root = resolve(mounts[prefix]);
      let path = normalize(join(root, decodeURIComponent(url.pathname.slice(prefix.length))));
      if (path !== root && !path.startsWith(root + sep)) return notFound(res);
      let info = await stat(path).catch(() => null);
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: url.pathname + '/' + url.search }).end();
          return;
        }
        path = join(path, 'index.html');
        info = await stat(path).catch(() => null);
      }
      if (!info) {
        const fallback = Object.entries(spaFallbacks).find(([p]) => url.pathname.startsWith(p));
        if (fallback) {
          path = resolve(fallback[1]);
        } else {
          return notFound(res, join(root, '404.html'));
        }
      }
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] || 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  return new Promise((done) => {
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      done({ url: `http://${host}:${actual}`, port: actual, close: () => new Promise((ok) => server.close(ok)), server });
    });
  });
}

async function notFound(res, page) {
  const body = page ? await readFile(page).catch(() => null) : null;
  res.writeHead(404, { 'content-type': body ? TYPES['.html'] : 'text/plain' }).end(body || 'Not found');
}
