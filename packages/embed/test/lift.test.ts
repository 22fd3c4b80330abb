import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { newcombe, wilson } from '../lift/interval.mjs';
import { liftReport } from '../lift/report.mjs';

const four = (x: number) => Number(x.toFixed(4));

describe('wilson', () => {
  // The score interval's worked examples in R. G. Newcombe (1998), "Two-sided confidence intervals
  // for the single proportion: comparison of seven methods", Statistics in Medicine 17:857–872,
  // Table I, method 3 (95 %).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i/%i gives %f to %f', (x, n, low, high) => {
    const interval = wilson(x, n);
    expect([four(interval.low), four(interval.high)]).toEqual([low, high]);
  });

  it('has no estimate without sessions', () => {
    expect(wilson(0, 0)).toEqual({ p: NaN, low: 0, high: 1 });
  });
});

describe('newcombe (hybrid score interval for a difference, method 10)', () => {
  // R. G. Newcombe (1998), "Interval estimation for the difference between independent proportions:
  // comparison of eleven methods", Statistics in Medicine 17:873–890, Table II, method 10 (95 %).
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
  ])('%i/%i − %i/%i gives %f to %f', (x1, n1, x2, n2, low, high) => {
    const interval = newcombe(x1, n1, x2, n2);
    expect([four(interval.low), four(interval.high)]).toEqual([low, high]);
  });
});

const line = (row: Record<string, unknown>) => JSON.stringify(row);

describe('liftReport', () => {
  it('counts sessions, would-be offers and conversions per group, in every accepted shape', () => {
    const text = [
      // heed: s1 offered and bought; s2 struggled (a suppress) and did not; s3 just bought.
      line({ session: 's1', event: 'offer', group: 'heed', kind: 'nudge' }),
      line({ session: 's1', event: 'goal', group: 'heed', name: 'purchase' }),
      line({ session_id: 's2', event: 'heed_suppress', heed_group: 'heed', heed_rule: 'entry' }),
      line({ event: 'heed_goal', properties: { $session_id: 's3', heed_group: 'heed', heed_goal: 'purchase' } }),
      // holdout: h1 would have been offered and left; h2 bought.
      line({ session: 'h1', event: 'suppress', group: 'holdout', rule: 'holdout' }),
      line({ session: 'h2', event: 'goal', group: 'holdout', name: 'purchase' }),
      'not json',
      line({ event: 'goal', group: 'heed', name: 'purchase' }),
    ].join('\n');
    const report = liftReport(text);
    expect(report.skipped).toBe(2);
    expect(report.all.heed).toMatchObject({ sessions: 3, offered: 1, converted: 2 });
    expect(report.all.holdout).toMatchObject({ sessions: 2, offered: 1, converted: 1 });
    expect(report.highNeed.heed).toMatchObject({ sessions: 2, converted: 1 });
    expect(report.highNeed.holdout).toMatchObject({ sessions: 1, converted: 0 });
    expect(report.all.difference.difference).toBeCloseTo(2 / 3 - 1 / 2);
    expect(liftReport(text, { goal: 'signup' }).all.heed.converted).toBe(0);
  });

  it('leaves out a session seen in both groups', () => {
    const report = liftReport([line({ session: 'x', event: 'goal', group: 'heed', name: 'a' }), line({ session: 'x', event: 'offer', group: 'holdout' })].join('\n'));
    expect(report.mixed).toBe(1);
    expect(report.all.heed.sessions + report.all.holdout.sessions).toBe(0);
  });
});

describe('heed lift', () => {
  const folder = mkdtempSync(join(tmpdir(), 'heed-lift-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const run = (bin: string, ...args: string[]) =>
    new Promise<{ code: number; out: string; err: string }>((done) => {
      execFile(process.execPath, [fileURLToPath(new URL(`../bin/${bin}`, import.meta.url)), ...args], { cwd: folder }, (error, out, err) => done({ code: error ? Number(error.code) : 0, out, err }));
    });

  it('prints the table for both groups, from `heed lift` and `heed-lift`', async () => {
    writeFileSync(join(folder, 'events.jsonl'), [line({ session: 'a', event: 'goal', group: 'heed', name: 'p' }), line({ session: 'b', event: 'suppress', group: 'holdout', rule: 'holdout' })].join('\n'));
    for (const [bin, ...args] of [['heed.mjs', 'lift', 'events.jsonl'], ['heed-lift.mjs', 'events.jsonl']]) {
      const { code, out } = await run(bin!, ...args);
      expect(code).toBe(0);
      expect(out).toMatch(/All sessions/);
      expect(out).toMatch(/^heed\s+1\s+0 \(0\.0 %\)\s+1\s+100\.0 %/m);
      expect(out).toMatch(/^holdout\s+1\s+1 \(100\.0 %\)\s+0\s+0\.0 %/m);
      expect(out).toMatch(/heed − holdout .*\+100\.0 pts/);
    }
  });

  it('exits 1 on a missing file and 2 on a usage mistake', async () => {
    expect((await run('heed.mjs', 'lift', 'nope.jsonl')).code).toBe(1);
    expect((await run('heed.mjs', 'lift')).code).toBe(2);
    expect((await run('heed-lift.mjs', 'events.jsonl', '--bogus')).code).toBe(2);
  });
});
