import { expect, test, type Page } from '@playwright/test';
import { expectSignal, heedReady, open, signals, tabLog } from './helpers';

// search-failure (SPEC §3). Multi-page flows run on the real clock: Playwright's fake clock also
// replaces `performance.getEntriesByType`, which is how Heed tells a reload from a new visit.

/** Types into the search-as-you-type box one key at a time and waits for the site's answer to `text`. */
async function typeQuery(page: Page, text: string) {
  const box = page.locator('#q');
  await box.fill('');
  await box.pressSequentially(text, { delay: 60 });
  await expect(page.locator('#results')).toHaveAttribute('data-query', text);
}

test.describe('a results page loaded with the query in its URL', () => {
  test('showing the empty state counts one search-failure; a reload does not count it again', async ({ page }) => {
    await open(page, '/signals/search.html?q=laser+tripod');
    await expect(page.locator('.no-results')).toBeVisible();
    const [failure] = await expectSignal(page, 'search-failure');
    expect(failure.detail).toEqual({ query: 'laser tripod' });
    expect(failure.weight).toBe(2);

    await page.reload();
    await heedReady(page);
    await expect(page.locator('.no-results')).toBeVisible();
    // Long enough for a judgement (results quiet for 500 ms).
    await page.waitForTimeout(1200);
    const pages = (await tabLog(page)).filter(([name]) => name === 'page').map(([, p]) => (p as { navigation: string }).navigation);
    // Heed saw the reload as a reload (the first load's `page` event is not asserted on: it is
    // emitted with navigation 'push' and only later corrected to 'load', see trackRoutes).
    expect(pages).toHaveLength(2);
    expect(pages[1]).toBe('reload');
    expect(await signals(page, 'search-failure')).toHaveLength(1);
  });

  test('with results it is not a failure', async ({ page }) => {
    await open(page, '/signals/search.html?q=spirit+level');
    await expect(page.locator('#results li')).toHaveCount(2);
    await page.waitForTimeout(1200);
    expect(await signals(page)).toEqual([]);
  });

  test('a search submitted from the box counts on the results page it opens', async ({ page }) => {
    await open(page, '/signals/search.html?q=spirit+level');
    await page.locator('#q').fill('laser tripod');
    await page.locator('#q').press('Enter');
    await page.waitForURL('**/search.html?q=laser+tripod');
    await heedReady(page);
    await expect(page.locator('.no-results')).toBeVisible();
    const [failure] = await expectSignal(page, 'search-failure');
    expect(failure.detail.query).toBe('laser tripod');
  });
});

test.describe('a search-as-you-type box', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install();
    await open(page, '/signals/instant.html');
  });

  test('a query typed letter by letter counts once, when it settles', async ({ page }) => {
    await typeQuery(page, 'laser tripod');
    // Still typing (no 1 s pause yet): nothing counted, although every prefix showed "no results".
    expect(await signals(page)).toEqual([]);
    await page.clock.runFor(1000); // settles
    await page.clock.runFor(600); // results quiet for 500 ms
    const failures = await signals(page, 'search-failure');
    expect(failures.map((s) => s.detail)).toEqual([{ query: 'laser tripod' }]);
  });

  test('a query with results does not fail, and it is the one query that settled', async ({ page }) => {
    await typeQuery(page, 'spirit level');
    await page.clock.runFor(1600);
    await expect(page.locator('#results li')).toHaveText(['spirit level']);
    // No failure, and no refinement either: no prefix ("spirit", "spirit lev"…) counted as a query.
    expect(await signals(page)).toEqual([]);

    // The misspelt retry refines exactly "spirit level", the settled query.
    await typeQuery(page, 'sprit levl');
    await page.clock.runFor(1600);
    expect((await signals(page)).map((s) => [s.type, s.detail])).toEqual([
      ['search-refine', { query: 'sprit levl', previous: 'spirit level' }],
      ['search-failure', { query: 'sprit levl' }],
    ]);
  });
});

test('the site can report a failed search itself with heed.signal()', async ({ page }) => {
  await open(page, '/signals/instant.html');
  await page.evaluate(() => (window as unknown as { heed: { signal(type: string, detail: object): void } }).heed.signal('search-failure', { query: 'laser tripod' }));
  const [failure] = await expectSignal(page, 'search-failure');
  expect(failure).toMatchObject({ type: 'search-failure', weight: 2, detail: { query: 'laser tripod', source: 'site' } });
});
