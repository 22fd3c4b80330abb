// Defaults and validation of `startRelay` options: every other module gets settled values.

import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { originMatcher } from './origins.js';

/** @typedef {import('./index.js').RelayOptions} RelayOptions */
/** @typedef {import('./shared/tokenBucket.js').RateLimit} RateLimit */

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_TOKEN = 'demo-agent-token';
export const DEFAULT_DB = fileURLToPath(new URL('../data/relay.sqlite', import.meta.url));

/**
 * @typedef {object} Settings  RelayOptions with every default filled in
 * @property {string} host
 * @property {number} port
 * @property {string} token
 * @property {boolean} generatedToken  true when no token was given and a random one was made
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
  // No public default secret: the well-known demo token only in explicit demo mode, else random.
  const generatedToken = options.token === undefined && !options.demo;
  const token = options.token ?? (options.demo ? DEFAULT_TOKEN : randomBytes(18).toString('base64url'));
  if (typeof token !== 'string' || token === '') throw new Error('the agent token must be a non-empty string');
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
    generatedToken,
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
