import { expect, test } from '@playwright/test';
import { expectSignal, heedReady, open, signals, tabLog } from './helpers';

// search-failure (README, "Signals and the need model"): the same results page shown again in the
// same tab — reloaded, opened again from the address bar, restored — is the failed search the
// visitor already had, not another one.

const URL = '/signals/search.html?q=laser+tripod';

test('reloading a results page that found nothing, twice: one search-failure', async ({ page }) => {
  await open(page, URL);
  await expect(page.locator('.no-results')).toBeVisible();
  await expectSignal(page, 'search-failure');
  for (let i = 0; i < 2; i++) {
    await page.reload();
    await heedReady(page);
    await expect(page.locator('.no-results')).toBeVisible();
    await page.waitForTimeout(1200); // long enough for a judgement (results quiet for 500 ms)
  }
  expect(await signals(page, 'search-failure')).toHaveLength(1);
});

test('the same results address entered again in the address bar: one search-failure', async ({ page }) => {
  await open(page, URL);
  await expectSignal(page, 'search-failure');
  await open(page, URL);
  await expect(page.locator('.no-results')).toBeVisible();
  await page.waitForTimeout(1200);
  const navigations = (await tabLog(page)).filter(([name]) => name === 'page').map(([, p]) => (p as { navigation: string }).navigation);
  expect(navigations).toHaveLength(2);
  expect(await signals(page, 'search-failure')).toHaveLength(1);
});

test('reloading under a page clock (Navigation Timing hidden, as in some test harnesses): one search-failure', async ({ page }) => {
  await page.clock.install();
  await open(page, URL);
  await expectSignal(page, 'search-failure');
  await page.reload();
  await heedReady(page);
  await page.clock.runFor(2000);
  expect(await signals(page, 'search-failure')).toHaveLength(1);
});

test('another query after it, then the first results page again from the address bar, counts: the visitor searched again', async ({ page }) => {
  await open(page, URL);
  await expectSignal(page, 'search-failure');
  await page.locator('#q').fill('tripod for laser');
  await page.locator('#q').press('Enter');
  await page.waitForURL('**/search.html?q=tripod+for+laser');
  await heedReady(page);
  await expectSignal(page, 'search-failure', 2);
  await open(page, URL);
  await expectSignal(page, 'search-failure', 3);
});
