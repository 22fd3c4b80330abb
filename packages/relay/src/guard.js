// Per-address limits on WebSocket upgrades: open connections per client address, and a
// growing lock-out after repeated failed agent sign-ins.

/** Failed agent sign-ins from one address before it is locked out. */
export const FREE_AUTH_FAILURES = 5;
const FIRST_LOCKOUT_MS = 1000;
const MAX_LOCKOUT_MS = 15 * 60_000;
/** An address with no failure for this long starts again from zero. */
const FORGET_AFTER_MS = 30 * 60_000;

/**
 * @typedef {object} Failures
 * @property {number} count
 * @property {number} last  time of the last failure
 * @property {number} until  refused until then
 */

/** @param {number} maxConnections  per address */
export function createGuard(maxConnections) {
  /** @type {Map<string, number>} */
  const open = new Map();
  /** @type {Map<string, Failures>} */
  const failures = new Map();

  /** @param {number} now */
  const prune = (now) => {
    for (const [addr, f] of failures) if (f.last < now - FORGET_AFTER_MS) failures.delete(addr);
  };

  return {
    /** @param {string} addr */
    full: (addr) => (open.get(addr) ?? 0) >= maxConnections,
    /** @param {string} addr */
    opened(addr) {
      open.set(addr, (open.get(addr) ?? 0) + 1);
    },
    /** @param {string} addr */
    closed(addr) {
      const n = (open.get(addr) ?? 1) - 1;
      if (n > 0) open.set(addr, n);
      else open.delete(addr);
    },
    /**
     * @param {string} addr
     * @param {number} now
     */
    lockedOut: (addr, now) => (failures.get(addr)?.until ?? 0) > now,
    /**
     * Counts a failed sign-in; past the free ones, locks the address out for 1 s, 2 s, 4 s, …
     * @param {string} addr
     * @param {number} now
     */
    failed(addr, now) {
      if (failures.size > 10_000) prune(now);
      const prev = failures.get(addr);
      const count = prev && prev.last >= now - FORGET_AFTER_MS ? prev.count + 1 : 1;
      const over = count - FREE_AUTH_FAILURES;
      const until = over >= 0 ? now + Math.min(FIRST_LOCKOUT_MS * 2 ** over, MAX_LOCKOUT_MS) : 0;
      failures.set(addr, { count, last: now, until });
    },
    /** @param {string} addr */
    succeeded(addr) {
      failures.delete(addr);
    },
  };
}
/** @typedef {ReturnType<typeof createGuard>} Guard */
