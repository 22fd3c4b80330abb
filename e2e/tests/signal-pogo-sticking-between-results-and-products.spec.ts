import { expect, test, type Page } from '@playwright/test';
import { expectSignal, heedReady, needs, open, read, signals } from './helpers';

// pogo-stick (SPEC §3): from a list or search results, open an item and come back in < 10 s,
// twice. The multi-page flows run on the real clock (see signal-going-back-and-forth.spec.ts).

/** Multi-page: opens a result from the results page and comes straight back with Back. */
async function openAndComeBack(page: Page, name: string) {
  await page.getByRole('link', { name }).first().click();
  await page.waitForURL('**/item.html?**');
  await heedReady(page);
  await page.goBack();
  await page.waitForURL('**/search.html?q=level');
  await heedReady(page);
}

test.describe('multi-page search results', () => {
  test('two quick returns from products to the results are one pogo-stick', async ({ page }) => {
    await open(page, '/signals/search.html?q=level');
    await expect(page.locator('#results li')).toHaveCount(3);
    await openAndComeBack(page, 'Spirit level 60 cm');
    // One quick return is not yet pogo-sticking.
    await page.waitForTimeout(300);
    expect(await signals(page, 'pogo-stick')).toEqual([]);
    await openAndComeBack(page, 'Cross-line laser level');
    const [pogo] = await expectSignal(page, 'pogo-stick');
    expect(pogo.detail).toEqual({ list: '/signals/search.html', returns: 2, item: '/signals/item.html' });
    expect(pogo.weight).toBe(2);
  });

  test('pogo-sticking alone reaches high need (SPEC §4)', async ({ page }) => {
    // The same site with back-nav switched off, so that pogo-stick is the only signal.
    await page.route('**/signals/site.json', async (route) => {
      const config = await (await route.fetch()).json();
      await route.fulfill({ json: { ...config, signals: { ...config.signals, disabled: ['back-nav'] } } });
    });
    await open(page, '/signals/search.html?q=level');
    await openAndComeBack(page, 'Spirit level 60 cm');
    await openAndComeBack(page, 'Spirit level 120 cm');
    await expectSignal(page, 'pogo-stick');
    expect(await signals(page)).toHaveLength(1);
    await expect.poll(async () => (await needs(page)).find((need) => need.level === 'high')?.reasons.map((s) => s.type)).toEqual(['pogo-stick']);
  });
});

test.describe('single-page shop (category list)', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install();
    await open(page, '/signals/shop.html');
  });

  /** Opens a product from the list, stays `stayMs` (reading if `reading`), goes Back. */
  async function visitProduct(page: Page, name: string, stayMs: number, reading = false) {
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    if (reading) await read(page, stayMs);
    else await page.clock.runFor(stayMs);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All levels');
    await page.clock.runFor(2000);
  }

  test('two quick returns to the category list are a pogo-stick', async ({ page }) => {
    await visitProduct(page, 'Spirit level 60 cm', 4000);
    await visitProduct(page, 'Torpedo level', 6000);
    const [pogo] = await expectSignal(page, 'pogo-stick');
    expect(pogo.detail).toEqual({ list: '/signals/shop.html', returns: 2, item: '/signals/shop/p/5' });
  });

  test('reading each product for more than 10 s is no pogo-stick', async ({ page }) => {
    await visitProduct(page, 'Spirit level 60 cm', 16_000, true);
    await visitProduct(page, 'Torpedo level', 24_000, true);
    await visitProduct(page, 'Digital angle finder', 12_000, true);
    expect(await signals(page, 'pogo-stick')).toEqual([]);
  });
});
