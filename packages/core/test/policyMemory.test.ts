import { describe, expect, it } from 'vitest';
import { quietReason, recordDismissal, restoreMemory } from '../src/policy/policyState';

const NOW = 1_700_000_000_000;
const SESSION = 30 * 60_000;

// Stored policy memory is read through a check of its shape (issue #16): IndexedDB may hold what
// another script, an older version or a truncated write left there.
describe('restoreMemory with corrupted stored values', () => {
  it.each([
    ['offers is a string', { offers: 'abc' }],
    ['dismissals is a string', { dismissals: 'x' }],
    ['session is null', { session: null }],
    ['session is a string', { session: 'x' }],
    ['session times are strings', { session: { start: 'a', last: 'b', offers: 'c' } }],
    ['the memory is a number', 5],
    ['the memory is an array', [1, 2]],
    ['quietUntil is a string', { quietUntil: 'abc' }],
    ['offers hold strings', { offers: ['x', NOW - 1000] }],
  ])('%s: a fresh, usable memory, and "No thanks" can be recorded', (_, saved) => {
    const memory = restoreMemory(saved, SESSION, NOW);
    expect(Array.isArray(memory.offers) && memory.offers.every((at) => typeof at === 'number')).toBe(true);
    expect(memory.quietUntil).toBe(0);
    expect(memory.session).toMatchObject({ last: NOW, dismissed: false });
    recordDismissal(memory, 'button', NOW, 30);
    expect(quietReason(memory, { proactive: 'on' }, NOW, SESSION)).toBe('cooldown');
  });

  it('keeps what is well formed, field by field', () => {
    const memory = restoreMemory({ offers: [NOW - 1000, 'x'], dismissals: 'x', quietUntil: NOW + 5000, session: { start: NOW - 5000, last: NOW - 1000, offers: 1, dismissed: true, ignored: 0 } }, SESSION, NOW);
    expect(memory.offers).toEqual([NOW - 1000]);
    expect(memory.dismissals).toEqual([]);
    expect(memory.quietUntil).toBe(NOW + 5000);
    expect(memory.session).toMatchObject({ start: NOW - 5000, offers: 1, dismissed: true });
  });

  it('carries a version, and reads memory written by a newer version field by field: its dismissals still hold', () => {
    expect(restoreMemory(undefined, SESSION, NOW).v).toBe(1);
    expect(restoreMemory({ v: 2, quietUntil: NOW + 1, dismissals: [NOW - 5], extra: {} }, SESSION, NOW)).toMatchObject({ v: 1, quietUntil: NOW + 1, dismissals: [NOW - 5] });
  });
});
