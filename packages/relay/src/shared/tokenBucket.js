// A token bucket: the relay's per-connection rate limit, and the widget's chat client pacing
// itself under that limit. Browser-safe (no Node APIs): the widget bundles this file.

/** @typedef {import('./tokenBucket.js').TokenBucket} TokenBucket */

/**
 * @param {import('./tokenBucket.js').RateLimit} limit
 * @param {() => number} [now]  milliseconds clock
 * @returns {TokenBucket}
 */
export function createTokenBucket({ perSecond, burst }, now = () => performance.now()) {
  const perMs = perSecond / 1000;
  let tokens = burst;
  let last = now();
  return {
    take() {
      const t = now();
      tokens = Math.min(burst, tokens + (t - last) * perMs);
      last = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
