import { describe, expect, it } from 'vitest';
import { groupOf } from '../src/lift/groupOf';

describe('groupOf', () => {
  it('gives the same id the same group, every time', () => {
    const id = String(Math.random());
    const first = groupOf(id, 0.5);
    for (let i = 0; i < 100; i++) expect(groupOf(id, 0.5)).toBe(first);
  });

  it('puts 10 % ± 1 % of 100,000 simulated devices in the holdout at a share of 0.1', () => {
    let holdout = 0;
    for (let i = 0; i < 100_000; i++) if (groupOf(String(Math.random()), 0.1) === 'holdout') holdout++;
    expect(holdout / 100_000).toBeGreaterThan(0.09);
    expect(holdout / 100_000).toBeLessThan(0.11);
  });

  it('keeps earlier holdout devices in the holdout when the share grows, and nobody in it at 0', () => {
    const ids = Array.from({ length: 1000 }, () => String(Math.random()));
    for (const id of ids) {
      expect(groupOf(id, 0)).toBe('heed');
      if (groupOf(id, 0.1) === 'holdout') expect(groupOf(id, 0.3)).toBe('holdout');
      expect(groupOf(id, 1)).toBe('holdout');
    }
  });

  it('a forced draw wins at any share; an id that is not a number is heed', () => {
    expect(groupOf('-1', 0)).toBe('holdout');
    expect(groupOf('1', 1)).toBe('heed');
    expect(groupOf('not a number', 0.5)).toBe('heed');
    expect(groupOf(undefined, 0.5)).toBe('heed');
  });
});
