import { expect, test, type Page } from '@playwright/test';
import { expectSignal, heedReady, needNow, needs, open, signals } from './helpers';

// SPEC §4: two failed searches within 5 minutes reach high need on their own.

/** Types a query into the search-as-you-type box, waits for its answer and lets it settle. */
async function typeQuery(page: Page, text: string) {
  const box = page.locator('#q');
  await box.fill('');
  await box.pressSequentially(text, { delay: 40 });
  await expect(page.locator('#results')).toHaveAttribute('data-query', text);
  await page.clock.runFor(1600);
}

test('search-as-you-type: two queries that find nothing, a minute apart, reach high need', async ({ page }) => {
  await page.clock.install();
  await open(page, '/signals/instant.html');
  await typeQuery(page, 'laser tripod');
  expect((await needs(page)).map((n) => n.level)).toEqual(['low']);
  await page.clock.runFor(60_000);
  await typeQuery(page, 'plumb bob');
  expect((await signals(page)).map((s) => [s.type, s.detail.query])).toEqual([
    ['search-failure', 'laser tripod'],
    ['search-failure', 'plumb bob'],
  ]);
  const high = (await needs(page)).find((n) => n.level === 'high');
  expect(high?.reasons.map((s) => s.type)).toEqual(['search-failure', 'search-failure']);
  expect((await needNow(page)).level).toBe('high');
});

test('multi-page search: a second results page that finds nothing reaches high need', async ({ page }) => {
  await open(page, '/signals/search.html?q=laser+tripod');
  await expectSignal(page, 'search-failure');
  await page.locator('#q').fill('plumb bob');
  await page.locator('#q').press('Enter');
  await page.waitForURL('**/search.html?q=plumb+bob');
  await heedReady(page);
  await expectSignal(page, 'search-failure', 2);
  // Heed on the second page knows about the failure on the first (need state survives page loads).
  await expect.poll(async () => (await needNow(page)).level).toBe('high');
});
