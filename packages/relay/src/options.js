// Defaults and validation of `startRelay` options: every other module gets settled values.

import { fileURLToPath } from 'node:url';
import { originMatcher } from './origins.js';

/** @typedef {import('./index.js').RelayOptions} RelayOptions */
/** @typedef {import('./shared/tokenBucket.js').RateLimit} RateLimit */

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_TOKEN = 'demo-agent-token';
/** The demo's ready-made agent account (demo mode only; never in production). */
export const DEMO_AGENT = Object.freeze({ name: 'demo', password: 'demo-password' });
export const DEFAULT_DB = fileURLToPath(new URL('../data/relay.sqlite', import.meta.url));

/**
 * @typedef {object} Settings  RelayOptions with every default filled in
 * @property {string} host
 * @property {number} port
 * @property {string | null} token  the shared agent token, if any (agents otherwise sign in with accounts)
 * @property {boolean} demo
 * @property {number} presenceTtlMs  an instance's presence entry expires this long after its last renewal
 * @property {number} maxConnectionsPerAddress
 * @property {string[]} hosts  extra Host names (host or host:port) the agent endpoint answers to
 * @property {(origin: string) => boolean} allowConsoleOrigin  configured console origins (not the relay's own)
 * @property {string} db
 * @property {boolean} durable
 * @property {number} maxFrameBytes
 * @property {number} hardMaxFrameBytes
 * @property {RateLimit} rateLimit
 * @property {number} heartbeatMs
 * @property {(origin: string | undefined, requestHost?: string) => boolean} allowOrigin
 * @property {(line: string) => void} log  one-line events (silent unless a logger was given)
 * @property {(line: string) => void} logError  problems (console.error unless a logger was given)
 */

/**
 * @param {RelayOptions} options
 * @returns {Settings}
 */
export function settle(options) {
  const port = options.port ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port ${port}`);
  // No public default secret: the well-known demo token only in explicit demo mode; otherwise
  // agents sign in with accounts (startRelay refuses to start with neither).
  const token = options.token ?? (options.demo ? DEFAULT_TOKEN : null);
  if (token !== null && (typeof token !== 'string' || token === '')) throw new Error('the agent token must be a non-empty string');
  const presenceTtlMs = options.presenceTtlMs ?? 30_000;
  if (!(presenceTtlMs >= 1000)) throw new Error('invalid presenceTtlMs');
  const rateLimit = options.rateLimit ?? { perSecond: 10, burst: 20 };
  if (!(rateLimit.perSecond > 0) || !(rateLimit.burst >= 1)) throw new Error('invalid rateLimit');
  const maxFrameBytes = options.maxFrameBytes ?? 16 * 1024;
  const { log } = options;
  const maxConnectionsPerAddress = options.maxConnectionsPerAddress ?? 20;
  if (!Number.isInteger(maxConnectionsPerAddress) || maxConnectionsPerAddress < 1) {
    throw new Error('invalid maxConnectionsPerAddress');
  }
  const consoleOrigins = options.consoleOrigins ?? [];
  const hosts = typeof options.hosts === 'string' ? options.hosts.split(',') : [...(options.hosts ?? [])];
  return {
    host: options.host ?? DEFAULT_HOST,
    port,
    token,
    demo: Boolean(options.demo),
    presenceTtlMs,
    maxConnectionsPerAddress,
    hosts: hosts.map((h) => h.trim().toLowerCase()).filter(Boolean),
    allowConsoleOrigin: originMatcher(consoleOrigins),
    db: options.db ?? DEFAULT_DB,
    durable: Boolean(options.durable),
    maxFrameBytes,
    hardMaxFrameBytes: Math.max(options.hardMaxFrameBytes ?? 64 * 1024, maxFrameBytes),
    rateLimit,
    heartbeatMs: options.heartbeatMs ?? 30_000,
    allowOrigin: originMatcher(options.origins),
    log: log || (() => {}),
    logError: (line) => (log ? log(line) : console.error(`[heed-relay] ${line}`)),
  };
}
