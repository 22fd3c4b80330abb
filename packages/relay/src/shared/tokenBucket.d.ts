// Types of tokenBucket.js. The implementation is JavaScript because the relay runs on Node
// without a build step; this file lets the widget's TypeScript import it.

/** `burst` frames at once, refilled at `perSecond` frames a second. */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

export interface TokenBucket {
  /** Takes one token; false when the bucket is empty (nothing is taken then). */
  take(): boolean;
}

/** A token bucket, full at first. `now` is the millisecond clock (default `performance.now()`). */
export function createTokenBucket(limit: RateLimit, now?: () => number): TokenBucket;
