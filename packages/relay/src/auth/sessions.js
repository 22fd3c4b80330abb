// Console sign-in: POST /signin with an agent's name and password sets a session cookie
// (HttpOnly, SameSite=Strict, never in a URL); POST /signout ends it; GET /session says who is
// signed in. Only a hash of the session secret is stored, so a copy of the database holds no
// live session. Failed sign-ins are throttled per address by the same guard as agent sockets.

import { createHash, randomBytes } from 'node:crypto';
import { verifyPassword } from './password.js';

export const COOKIE = 'heed_session';
const SESSION_MS = 12 * 60 * 60_000;
const MAX_BODY = 4096;

/** @param {string} secret */
export const sessionId = (secret) => createHash('sha256').update(secret).digest('base64url');

/**
 * The session secret from a request's Cookie header, or ''.
 * @param {import('node:http').IncomingMessage} req
 */
export function sessionCookie(req) {
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === COOKIE) return rest.join('=');
  }
  return '';
}

/**
 * The agent a request's cookie signs in, or null.
 * @param {import('../store/storeTypes.js').RelayStore} store
 * @param {import('node:http').IncomingMessage} req
 */
export async function agentOf(store, req) {
  const secret = sessionCookie(req);
  return secret ? store.sessionAgent(sessionId(secret), Date.now()) : null;
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<Record<string, unknown>>}
 */
function readBody(req) {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      text += chunk;
      if (text.length > MAX_BODY) reject(Object.assign(new Error('body too large'), { status: 413 }));
    });
    req.on('end', () => {
      try {
        const type = String(req.headers['content-type'] ?? '');
        resolve(type.includes('json') ? JSON.parse(text || '{}') : Object.fromEntries(new URLSearchParams(text)));
      } catch {
        reject(Object.assign(new Error('unreadable body'), { status: 400 }));
      }
    });
    req.on('error', reject);
  });
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {string} value
 * @param {number} maxAgeSeconds
 */
function cookieHeader(req, value, maxAgeSeconds) {
  // Behind a TLS proxy the relay sees http; the forwarded scheme says the browser used https.
  const secure = /** @type {any} */ (req.socket).encrypted || req.headers['x-forwarded-proto'] === 'https';
  return `${COOKIE}=${value}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

/**
 * @param {{ store: import('../store/storeTypes.js').RelayStore, guard: import('../guard.js').Guard }} deps
 */
export function createSessionRoutes({ store, guard }) {
  /**
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {unknown} body
   * @param {Record<string, string>} [headers]
   */
  const json = (res, status, body, headers = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
    res.end(JSON.stringify(body));
  };

  return {
    /**
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     */
    async signIn(req, res) {
      const addr = req.socket.remoteAddress ?? '';
      if (guard.lockedOut(addr, Date.now())) return json(res, 429, { error: 'Too many failed sign-ins. Wait a moment, then try again.' });
      const body = await readBody(req);
      const name = typeof body.name === 'string' ? body.name.trim() : '';
      const password = typeof body.password === 'string' ? body.password : '';
      const agent = name && password ? await store.findAgent(name) : null;
      const ok = await verifyPassword(password, agent?.password ?? null);
      if (!agent || !ok) {
        guard.failed(addr, Date.now());
        return json(res, 401, { error: 'That name and password do not match an agent of this relay.' });
      }
      guard.succeeded(addr);
      const secret = randomBytes(32).toString('base64url');
      const now = Date.now();
      await store.createSession(sessionId(secret), agent.name, now, now + SESSION_MS);
      json(res, 200, { name: agent.name, teams: agent.teams }, { 'set-cookie': cookieHeader(req, secret, SESSION_MS / 1000) });
    },
    /**
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     */
    async signOut(req, res) {
      const secret = sessionCookie(req);
      if (secret) await store.endSession(sessionId(secret));
      json(res, 200, { signedOut: true }, { 'set-cookie': cookieHeader(req, '', 0) });
    },
    /**
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     */
    async session(req, res) {
      const agent = await agentOf(store, req);
      if (!agent) return json(res, 401, { error: 'not signed in' });
      json(res, 200, { name: agent.name, teams: agent.teams });
    },
  };
}
