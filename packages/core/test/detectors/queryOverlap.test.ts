import { describe, expect, it } from 'vitest';
import { overlaps, tokenize, withinEdits } from '../../src/detectors/shared/queryOverlap';

describe('tokenize', () => {
  it('lower-cases and splits on anything that is not a letter or digit, any script', () => {
    expect(tokenize('  Spirit-Level, 600mm!  ')).toEqual(['spirit', 'level', '600mm']);
    expect(tokenize('Café crème')).toEqual(['café', 'crème']);
    expect(tokenize('—?!')).toEqual([]);
  });
});

describe('withinEdits', () => {
  it.each([
    ['kitten', 'sitting', 3, true],
    ['kitten', 'sitting', 2, false],
    ['levl', 'level', 1, true],
    ['sprit', 'spirit', 1, true],
    ['spirt', 'sprit', 1, false], // a swap is two edits
    ['spirt', 'sprit', 2, true],
    ['', 'ab', 2, true],
    ['', 'abc', 2, false],
    ['abc', 'abc', 0, true],
    ['abcdefgh', 'ab', 2, false], // length difference alone rules it out
  ])('%s → %s within %i: %s', (a, b, max, expected) => {
    expect(withinEdits(a, b, max)).toBe(expected);
    expect(withinEdits(b, a, max)).toBe(expected);
  });
});

describe('overlaps (search-refine, README signals table)', () => {
  it('"sprit levl" refines "spirit level", both ways round', () => {
    expect(overlaps('spirit level', 'sprit levl')).toBe(true);
    expect(overlaps('sprit levl', 'spirit level')).toBe(true);
  });

  it('compares case-insensitively', () => {
    expect(overlaps('SPIRIT LEVEL', 'spirit level 600')).toBe(true);
  });

  it('tokens of 4 letters or fewer may differ by one edit, not two', () => {
    expect(overlaps('tape', 'tap')).toBe(true);
    expect(overlaps('tape', 'tale')).toBe(true);
    expect(overlaps('tape', 'ta')).toBe(false);
    expect(overlaps('tape', 'type')).toBe(true);
    expect(overlaps('tape', 'tyre')).toBe(false);
    // The shorter token decides: "levl" (4) against "level" (5) allows one edit.
    expect(overlaps('levl', 'level')).toBe(true);
    expect(overlaps('lvl', 'level')).toBe(false);
  });

  it('longer tokens may differ by two edits, not three', () => {
    expect(overlaps('plumb', 'plum')).toBe(true);
    expect(overlaps('measure', 'mesure')).toBe(true);
    expect(overlaps('measure', 'masur')).toBe(true);
    expect(overlaps('measure', 'mosur')).toBe(false);
  });

  it('needs shared tokens for at least half of the shorter query', () => {
    expect(overlaps('red spirit level', 'level')).toBe(true); // 1 of 1
    expect(overlaps('blue tape measure', 'blue level')).toBe(true); // 1 of 2
    expect(overlaps('blue tape measure', 'blue level laser')).toBe(false); // 1 of 3
    expect(overlaps('spirit level 600mm', 'tape measure 8m')).toBe(false);
  });

  it('an empty query or one without words overlaps nothing', () => {
    expect(overlaps('', 'level')).toBe(false);
    expect(overlaps('level', '!!')).toBe(false);
    expect(overlaps('', '')).toBe(false);
  });
});
