import { expect, test, type Locator } from '@playwright/test';
import { expectSignal, needs, open, signals } from './helpers';

// rage-click (README, "Signals and the need model"): fast repeated clicks on a control that
// visibly answers each one (a gallery, a carousel, "load more") are a visitor getting on with it,
// not rage. A button that does nothing, clicked as fast, still is.

/** `times` real clicks on `target`, `gapMs` apart. */
async function clicks(target: Locator, times: number, gapMs: number) {
  for (let i = 0; i < times; i++) {
    if (i) await target.page().waitForTimeout(gapMs);
    await target.click();
  }
}

test.beforeEach(async ({ page }) => {
  await open(page, '/signals/gallery.html');
});

test('six clicks in about two seconds on "Next image", each showing the next photo: no rage-click', async ({ page }) => {
  await clicks(page.getByRole('button', { name: 'Next image' }), 6, 300);
  await expect(page.locator('#counter')).toHaveText('7 / 8');
  await page.waitForTimeout(500);
  expect(await signals(page, 'rage-click')).toEqual([]);
  expect(await needs(page)).toEqual([]);
  // And back again just as fast.
  await clicks(page.getByRole('button', { name: 'Previous image' }), 4, 250);
  await expect(page.locator('#counter')).toHaveText('3 / 8');
  expect(await signals(page, 'rage-click')).toEqual([]);
});

test('a carousel button that scrolls its strip on every click: no rage-click', async ({ page }) => {
  await clicks(page.getByRole('button', { name: 'Show more like this' }), 4, 300);
  expect(await page.locator('#strip').evaluate((strip) => strip.scrollLeft)).toBeGreaterThan(600);
  expect(await signals(page, 'rage-click')).toEqual([]);
});

test('"Load more reviews" clicked fast, each click adding reviews: no rage-click', async ({ page }) => {
  await clicks(page.getByRole('button', { name: 'Load more reviews' }), 4, 300);
  await expect(page.locator('#reviews li')).toHaveCount(9);
  expect(await signals(page, 'rage-click')).toEqual([]);
});

test('the broken "Zoom" button next to it, clicked as fast: a rage-click', async ({ page }) => {
  await clicks(page.getByRole('button', { name: 'Zoom' }), 3, 300);
  const [rage] = await expectSignal(page, 'rage-click');
  expect(rage.detail).toEqual({ element: 'Zoom', clicks: 3 });
});
