import { expect, test, type Page } from '@playwright/test';
import { expectSignal, heedReady, open, read, signals, tabLog } from './helpers';

// back-nav (SPEC §3): a quick back (the previous page again within 10 s, no interaction), or ≥ 3
// back navigations within 2 min. Multi-page flows run on the real clock: Playwright's fake clock
// replaces `performance.getEntriesByType`, which is how Heed recognises a back/forward page load.

/** In the single-page shop: opens product `name` from the list. */
async function openProduct(page: Page, name: string) {
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

/** In the single-page shop: the browser's Back button, back to the list. */
async function backToList(page: Page) {
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All levels');
}

test.describe('multi-page site', () => {
  test('a product left within 10 s without touching it is a quick back', async ({ page }) => {
    await open(page, '/signals/category.html');
    await page.getByRole('link', { name: 'Claw hammer' }).click();
    await page.waitForURL('**/item.html?id=hammer');
    await heedReady(page);
    await page.goBack();
    await heedReady(page);
    const [back] = await expectSignal(page, 'back-nav');
    expect(back.detail).toEqual({ kind: 'quick', from: '/signals/item.html', page: '/signals/category.html' });
    expect(back.weight).toBe(1);
  });

  test('a product the visitor used before going back is not a quick back', async ({ page }) => {
    await open(page, '/signals/category.html');
    await page.getByRole('link', { name: 'Claw hammer' }).click();
    await heedReady(page);
    await page.getByRole('button', { name: 'Add to basket' }).click();
    await expect(page.getByRole('status')).toHaveText('Added.');
    await page.goBack();
    await heedReady(page);
    // Heed saw the Back (so the check below is not vacuous) and did not call it quick.
    const directions = (await tabLog(page)).filter(([name]) => name === 'page').map(([, p]) => (p as { direction?: string }).direction);
    expect(directions).toEqual([undefined, undefined, 'back']);
    expect(await signals(page, 'back-nav')).toEqual([]);
  });
});

test.describe('single-page app (History API router)', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install();
    await open(page, '/signals/shop.html');
  });

  test('three backs within 2 minutes are a back loop', async ({ page }) => {
    for (const name of ['Spirit level 60 cm', 'Torpedo level', 'Claw hammer']) {
      await openProduct(page, name);
      // A glance at each product (a scroll, a few seconds): not quick backs, just a loop.
      await read(page, 12_000);
      await backToList(page);
      await page.clock.runFor(3000);
    }
    const backs = await signals(page, 'back-nav');
    expect(backs.map((s) => s.detail)).toEqual([{ kind: 'loop', backs: 3, page: '/signals/shop.html' }]);
  });

  test('scrolling the list, opening a product and coming straight back is a quick back', async ({ page }) => {
    await page.mouse.move(300, 300);
    await page.mouse.wheel(0, 700);
    await page.clock.runFor(2000);
    await openProduct(page, 'Laser distance meter');
    await page.clock.runFor(3000);
    await backToList(page);
    const [back] = await expectSignal(page, 'back-nav');
    expect(back.detail).toEqual({ kind: 'quick', from: '/signals/shop/p/6', page: '/signals/shop.html' });
  });

  test('comparison shopping: reading each product before going back is no back-nav', async ({ page }) => {
    // Four products, each read for over a minute (scrolling), a few seconds on the list between:
    // no back is quick, and no 2-minute window holds three backs.
    for (const name of ['Spirit level 60 cm', 'Spirit level 120 cm', 'Torpedo level', 'Cross-line laser level']) {
      await openProduct(page, name);
      await read(page, 64_000);
      await backToList(page);
      await page.mouse.move(250, 250);
      await page.clock.runFor(4000);
    }
    const pages = await page.evaluate(() => (window as unknown as { log: Array<[string, { direction?: string }]> }).log.filter(([n, p]) => n === 'page' && p.direction === 'back').length);
    expect(pages).toBe(4);
    expect(await signals(page, 'back-nav')).toEqual([]);
  });
});
