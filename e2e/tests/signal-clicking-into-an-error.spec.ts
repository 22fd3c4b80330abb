import { expect, test } from '@playwright/test';
import { expectSignal, open, signals } from './helpers';

// error-click (SPEC §3): an uncaught error or a failed (4xx/5xx) request within 2 s of a click.
// The request check compares Resource Timing's clock with performance.now(); Playwright's fake
// clock replaces only the latter, so the request tests run on the real clock.

test('a button whose handler throws is an error click', async ({ page }) => {
  await open(page, '/signals/error.html');
  await page.getByRole('button', { name: 'Save address' }).click();
  const [error] = await expectSignal(page, 'error-click');
  expect(error.detail).toEqual({ element: 'Save address', error: expect.stringContaining('address service unavailable') });
  expect(error.weight).toBe(1.5);
});

test('a button whose request fails with HTTP 500 is an error click', async ({ page }) => {
  await open(page, '/signals/error.html');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('status')).toHaveText('Something went wrong.');
  const [error] = await expectSignal(page, 'error-click');
  expect(error.detail).toEqual({ element: 'Place order', error: 'HTTP 500 /api/status/500' });
});

test('a button whose request succeeds is not an error click', async ({ page }) => {
  await open(page, '/signals/error.html');
  await page.getByRole('button', { name: 'Refresh totals' }).click();
  await expect(page.getByRole('status')).toHaveText('Totals are up to date.');
  await page.waitForTimeout(500);
  expect(await signals(page, 'error-click')).toEqual([]);
});

test('an error the page throws long after the last click is not an error click', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.clock.install();
  await open(page, '/signals/error.html');
  await page.getByRole('button', { name: 'Refresh totals' }).click();
  await expect(page.getByRole('status')).toHaveText('Totals are up to date.');
  // The stock widget throws every 10 s, whatever the visitor does.
  await page.clock.runFor(21_000);
  expect(errors).toEqual(['stock feed offline', 'stock feed offline']);
  expect(await signals(page, 'error-click')).toEqual([]);
});
