import { expect, test } from '@playwright/test';
import { badConfigs, xssConfigs } from '../helpers/hardening';
import { casePage, recordReliability, runCase } from '../helpers/hardeningPage';

// The hardening suite, part 1 (issue #16): configs generated from the schema, each path given a
// wrong value, plus the pathological shapes and the XSS payloads. For every one: no page error,
// the tab renders and works, a bounded number of error events, nothing polluted, no script run.
// heed.js reports each cause once and at most 50 error events a page; the lazy chunks add their own.
const MAX_ERROR_EVENTS = 60;

// Two halves, so that the two Playwright workers share them.
for (const shard of [0, 1]) {
  test(`every generated bad config (half ${shard + 1} of 2): no page error, the tab works, errors bounded, no prototype polluted`, async ({ page }) => {
    test.setTimeout(240_000);
    const cases = badConfigs().filter((_, i) => i % 2 === shard);
    const failures: string[] = [];
    let errorEvents = 0;
    for (const { name, config } of cases) {
      const result = await runCase(page, casePage(config));
      errorEvents = Math.max(errorEvents, result.errorEvents);
      const problems = [
        !result.ready && 'never ready',
        result.pageErrors.length && `page errors: ${result.pageErrors.join(' | ')}`,
        !result.tabVisible && 'no tab',
        result.errorEvents > MAX_ERROR_EVENTS && `${result.errorEvents} error events`,
        result.polluted && 'Object.prototype polluted',
        result.offers && 'an offer on entry',
      ].filter(Boolean);
      if (problems.length) failures.push(`${name}: ${problems.join('; ')}`);
    }
    recordReliability('configs', { tried: cases.length, failed: failures.length, maxErrorEvents: errorEvents }, `half ${shard}`);
    expect(failures).toEqual([]);
  });
}

test('XSS payloads in every string and link: no script runs, no element is injected', async ({ page }) => {
  test.setTimeout(120_000);
  const cases = xssConfigs();
  const failures: string[] = [];
  for (const { name, config } of cases) {
    const result = await runCase(page, casePage(config));
    const problems = [result.xss && 'a script ran', result.injected && `${result.injected} injected elements or script links`, result.pageErrors.length && `page errors: ${result.pageErrors.join(' | ')}`, !result.tabVisible && 'no tab'].filter(Boolean);
    if (problems.length) failures.push(`${name}: ${problems.join('; ')}`);
  }
  recordReliability('xss', { tried: cases.length, failed: failures.length });
  expect(failures).toEqual([]);
});
