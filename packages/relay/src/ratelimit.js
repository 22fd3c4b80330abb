// Token bucket: `burst` frames at once, refilled at `perSecond` frames a second.

export class TokenBucket {
  /**
   * @param {{ perSecond: number, burst: number }} options
   * @param {() => number} [now]  milliseconds clock
   */
  constructor({ perSecond, burst }, now = () => performance.now()) {
    this.rate = perSecond / 1000;
    this.capacity = burst;
    this.tokens = burst;
    this.now = now;
    this.last = now();
  }

  /** Take one token; false when the bucket is empty. */
  take() {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + (t - this.last) * this.rate);
    this.last = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
