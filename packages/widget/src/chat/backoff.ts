const BACKOFF_BASE = 500;
const BACKOFF_CAP = 30_000;

/**
 * How long to wait before reconnect attempt `attempt` (0 first): exponential backoff with full
 * jitter, a random point in 0…min(30 s, 500 ms · 2^attempt), so tabs that lost the relay at the
 * same moment do not all come back at the same moment.
 */
export const backoffDelay = (attempt: number, random: () => number = Math.random): number =>
  random() * Math.min(BACKOFF_CAP, BACKOFF_BASE * 2 ** attempt);
