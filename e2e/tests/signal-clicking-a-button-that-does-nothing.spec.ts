import { expect, test } from '@playwright/test';
import { open, signals } from './helpers';

// dead-click (SPEC §3): a click on an interactive element with no DOM change, navigation,
// request, scroll or focus change within 3 s.

test.beforeEach(async ({ page }) => {
  await page.clock.install();
  await open(page, '/signals/dead.html');
});

test('a button that does nothing is a dead click once 3 s have passed', async ({ page }) => {
  await page.getByRole('button', { name: 'Subscribe to the newsletter' }).click();
  // (The fake clock also keeps pace with real time, so the early look leaves a margin.)
  await page.clock.runFor(2000);
  expect(await signals(page, 'dead-click')).toEqual([]);
  await page.clock.runFor(1100);
  const dead = await signals(page, 'dead-click');
  expect(dead.map((s) => s.detail)).toEqual([{ element: 'Subscribe to the newsletter' }]);
  expect(dead[0].weight).toBe(1.5);
});

test('a slow button that answers after 2 s is not dead', async ({ page }) => {
  await page.getByRole('button', { name: 'Check availability' }).click();
  await page.clock.runFor(2000);
  await expect(page.getByRole('status')).toHaveText('In stock at 3 stores near you.');
  await page.clock.runFor(5000);
  expect(await signals(page)).toEqual([]);
});
