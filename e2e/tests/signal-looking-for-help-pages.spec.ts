import { expect, test, type Page } from '@playwright/test';
import { expectSignal, heedReady, open, signals } from './helpers';

// help-seek (SPEC §3): a help/FAQ page (config patterns; the fixture config uses
// /signals/help/* and /signals/faq.html) seen twice, or ≥ 3 help pages in one session.
// Real page loads on the real clock: Heed tells reloads apart with the Navigation Timing entry.

/** Follows a link in the help pages' navigation. */
async function follow(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Help topics' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name: name === 'FAQ' ? 'Frequently asked questions' : name }).waitFor();
  await heedReady(page);
}

test('the same help page seen twice is help-seeking', async ({ page }) => {
  await open(page, '/signals/help/shipping.html');
  await follow(page, 'Returns');
  expect(await signals(page)).toEqual([]);
  await follow(page, 'Shipping');
  const [seek] = await expectSignal(page, 'help-seek');
  expect(seek.detail).toEqual({ page: '/signals/help/shipping.html', visits: 2, helpPages: 2 });
  expect(seek.weight).toBe(1.5);
});

test('three different help pages are help-seeking', async ({ page }) => {
  await open(page, '/signals/help/shipping.html');
  await follow(page, 'Payment');
  expect(await signals(page)).toEqual([]);
  await follow(page, 'FAQ');
  const [seek] = await expectSignal(page, 'help-seek');
  expect(seek.detail).toEqual({ page: '/signals/faq.html', visits: 1, helpPages: 3 });
});

test('reloading a help page is not a second visit, and shop pages do not count', async ({ page }) => {
  await open(page, '/signals/help/returns.html');
  await page.reload();
  await heedReady(page);
  await page.getByRole('link', { name: 'Shop' }).click();
  await page.getByRole('heading', { name: 'Levels' }).waitFor();
  await heedReady(page);
  await page.getByRole('link', { name: 'Claw hammer' }).click();
  await page.getByRole('heading', { name: 'Claw hammer' }).waitFor();
  await heedReady(page);
  await page.waitForTimeout(300);
  expect(await signals(page)).toEqual([]);
});
