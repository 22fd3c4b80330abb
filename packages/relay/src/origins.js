// Origin allow-list for WebSocket upgrades and CORS on GET /presence.
//
// Patterns are full origins (`scheme://host[:port]`), where the port may be `*`
// (any port, or none) and the host may start with `*.` (any subdomain). A lone
// `*` allows every origin.

// No default: visitor pages must be named with --origins (the relay's own origin is always allowed).
export const DEFAULT_ORIGINS = Object.freeze(/** @type {string[]} */ ([]));

/**
 * @typedef {object} OriginRule
 * @property {boolean} any
 * @property {string} [scheme]
 * @property {string} [host]
 * @property {boolean} [subdomains]
 * @property {string | null} [port]  null: no port given, '*': any
 */

/**
 * @param {string} pattern
 * @returns {OriginRule}
 */
function compile(pattern) {
  const p = pattern.trim().toLowerCase().replace(/\/+$/, '');
  if (p === '*') return { any: true };
  const m = /^([a-z][a-z0-9+.-]*):\/\/(\*\.)?(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\*|\d{1,5}))?$/.exec(p);
  if (!m) throw new Error(`invalid origin pattern "${pattern}" (expected e.g. https://example.com or http://localhost:*)`);
  return { any: false, scheme: m[1], subdomains: Boolean(m[2]), host: m[3], port: m[4] ?? null };
}

/** @type {Record<string, string>} */
const DEFAULT_PORTS = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443' };

/**
 * @param {readonly string[] | string | undefined} patterns  list or comma-separated string
 * @returns {(origin: string | undefined, requestHost?: string) => boolean}
 */
export function originMatcher(patterns) {
  const list = (typeof patterns === 'string' ? patterns.split(',') : patterns ?? DEFAULT_ORIGINS)
    .map((s) => s.trim())
    .filter(Boolean);
  const rules = list.map(compile);
  return (origin, requestHost) => {
    // Non-browser clients send no Origin; an origin check protects browsers only.
    if (origin === undefined) return true;
    if (rules.some((r) => r.any)) return true;
    /** @type {URL} */
    let url;
    try {
      url = new URL(origin);
    } catch {
      return false;
    }
    // The relay's own pages (the agent console) are always allowed.
    if (requestHost && url.host === requestHost.toLowerCase()) return true;
    const scheme = url.protocol.slice(0, -1);
    const host = url.hostname;
    const port = url.port || DEFAULT_PORTS[url.protocol] || '';
    return rules.some((r) => {
      if (r.scheme !== scheme) return false;
      if (r.subdomains ? !host.endsWith(`.${r.host}`) : host !== r.host) return false;
      if (r.port === '*') return true;
      return (r.port ?? DEFAULT_PORTS[`${scheme}:`] ?? '') === port;
    });
  };
}
