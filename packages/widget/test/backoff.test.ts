import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../src/chat/backoff.js';

describe('reconnect backoff', () => {
  it('doubles the ceiling from 500 ms with every attempt, up to 30 s', () => {
    const ceiling = (attempt: number) => backoffDelay(attempt, () => 1);
    expect([0, 1, 2, 3, 4, 5, 6].map(ceiling)).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000]);
    expect(ceiling(40)).toBe(30000);
  });

  it('waits a random share of the ceiling (full jitter), down to no wait at all', () => {
    expect(backoffDelay(3, () => 0)).toBe(0);
    expect(backoffDelay(3, () => 0.25)).toBe(1000);
    for (let i = 0; i < 50; i++) {
      const delay = backoffDelay(2);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(2000);
    }
  });
});
