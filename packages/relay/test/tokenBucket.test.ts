import { describe, expect, it } from 'vitest';
import * as entry from '../src/index.js';
import { createTokenBucket } from '../src/shared/tokenBucket.js';

describe('the token bucket shared by the relay and the widget', () => {
  it('allows a burst, then refills at its rate, never above the burst', () => {
    let now = 0;
    const bucket = createTokenBucket({ perSecond: 5, burst: 3 }, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now += 199; // 0.995 of a token
    expect(bucket.take()).toBe(false);
    now += 1;
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    now += 60_000;
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });

  it('takes nothing when refused, so waiting is enough to be allowed again', () => {
    let now = 0;
    const bucket = createTokenBucket({ perSecond: 1, burst: 1 }, () => now);
    expect(bucket.take()).toBe(true);
    for (let i = 0; i < 5; i++) expect(bucket.take()).toBe(false);
    now += 1000;
    expect(bucket.take()).toBe(true);
  });
});

describe('the public entry', () => {
  it('exports what index.d.ts declares, and nothing else', () => {
    expect(Object.keys(entry).sort()).toEqual(
      ['DEFAULT_DB', 'DEFAULT_HOST', 'DEFAULT_ORIGINS', 'DEFAULT_PORT', 'DEFAULT_TOKEN', 'LIMITS', 'startRelay'].sort(),
    );
  });
});
