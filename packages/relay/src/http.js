// HTTP endpoints: GET /health, GET /presence (CORS for allowed origins), the agent console and
// its sign-in (POST /signin, POST /signout, GET /session).

import { readdirSync, readFileSync } from 'node:fs';

const PUBLIC_DIR = new URL('../public/', import.meta.url);
const COMMON = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
const CONSOLE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
/** @type {Record<string, string>} */
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/**
 * The console's files, read once: `/console/<name>` for every script and stylesheet in
 * public/ (the console's modules import each other by relative URL).
 * @returns {{ html: Buffer, files: Map<string, { type: string, body: Buffer }> }}
 */
function readConsole() {
  const files = new Map();
  for (const name of readdirSync(PUBLIC_DIR)) {
    const type = TYPES[name.slice(name.lastIndexOf('.'))];
    if (type) files.set(`/console/${name}`, { type, body: readFileSync(new URL(name, PUBLIC_DIR)) });
  }
  return { html: readFileSync(new URL('console.html', PUBLIC_DIR)), files };
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {(origin: string | undefined) => boolean} allowOrigin
 * @returns {Record<string, string>}
 */
function cors(req, allowOrigin) {
  const origin = req.headers.origin;
  return origin && allowOrigin(origin) ? { 'access-control-allow-origin': origin } : {};
}

/**
 * @typedef {object} HttpDeps
 * @property {() => import('./shared/frames.js').Presence} presence
 * @property {(origin: string | undefined) => boolean} allowOrigin
 * @property {() => Promise<{ ok: boolean }>} health  storage and listener state
 * @property {ReturnType<typeof import('./auth/sessions.js').createSessionRoutes>} sessions
 * @property {(req: import('node:http').IncomingMessage) => boolean} agentOriginOk  own or console origin, known Host
 */

/** @type {Record<string, 'signIn' | 'signOut'>} */
const POSTS = { '/signin': 'signIn', '/signout': 'signOut' };

/**
 * @param {HttpDeps} deps
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<unknown>}
 */
export function createHttpHandler({ presence, allowOrigin, health, sessions, agentOriginOk }) {
  const assets = readConsole();
  return async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://relay.invalid').pathname;
    const method = req.method ?? 'GET';
    if (method === 'POST' && POSTS[path]) {
      // Sign-in is for the console's own page (or a configured console origin): no other site
      // can sign a browser in or out (login CSRF), and the cookie is SameSite=Strict besides.
      if (!agentOriginOk(req)) {
        res.writeHead(403, { ...COMMON, 'content-type': 'text/plain' });
        return res.end('forbidden\n');
      }
      return sessions[POSTS[path]](req, res);
    }
    if (method === 'GET' && path === '/session') return sessions.session(req, res);
    if ((method === 'GET' || method === 'HEAD') && path === '/health') {
      const state = await health();
      res.writeHead(state.ok ? 200 : 503, { ...COMMON, 'content-type': 'application/json', 'cache-control': 'no-store' });
      return res.end(method === 'HEAD' ? undefined : JSON.stringify(state));
    }
    if (method === 'OPTIONS' && path === '/presence') {
      const allowed = cors(req, allowOrigin);
      const methods = allowed['access-control-allow-origin'] ? { 'access-control-allow-methods': 'GET' } : {};
      res.writeHead(204, { ...COMMON, vary: 'Origin', ...allowed, ...methods });
      return res.end();
    }
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { ...COMMON, allow: POSTS[path] ? 'POST' : 'GET, HEAD', 'content-type': 'text/plain' });
      return res.end('method not allowed\n');
    }
    /**
     * @param {number} status
     * @param {string} type
     * @param {string | Buffer} body
     * @param {Record<string, string>} [extra]
     */
    const reply = (status, type, body, extra = {}) => {
      res.writeHead(status, { ...COMMON, 'content-type': type, 'cache-control': 'no-store', ...extra });
      res.end(method === 'HEAD' ? undefined : body);
    };
    const file = assets.files.get(path);
    if (file) return reply(200, file.type, file.body);
    switch (path) {
      case '/presence':
        return reply(200, 'application/json', JSON.stringify(presence()), { vary: 'Origin', ...cors(req, allowOrigin) });
      case '/':
        res.writeHead(302, { ...COMMON, location: '/console' });
        return res.end();
      case '/console':
      case '/console/':
        return reply(200, 'text/html; charset=utf-8', assets.html, { 'content-security-policy': CONSOLE_CSP });
      case '/favicon.ico':
        res.writeHead(204, COMMON);
        return res.end();
      default:
        return reply(404, 'text/plain', 'not found\n');
    }
  };
}
