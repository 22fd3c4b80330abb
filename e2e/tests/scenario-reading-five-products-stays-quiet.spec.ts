import { expect, test, type Page } from '@playwright/test';
import { needNow, needs, open, read, signals } from './helpers';

// A shopper who compares products and reads each one is not stuck: no signal, need stays 'none'.
// The single-page shop keeps one Heed instance (one need model) for the whole visit.

/** Waits for the product (or list) view to show. */
const showing = (page: Page, heading: string) => expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);

test('browsing five products, 20–40 s of reading each, stays at none', async ({ page }) => {
  await page.clock.install();
  await open(page, '/signals/shop.html');
  const list = page.locator('#products');
  const openFromList = async (name: string) => {
    await read(page, 5000, { stepPx: 150 }); // scanning the list
    await list.getByRole('link', { name, exact: true }).click();
    await showing(page, name);
  };

  await openFromList('Spirit level 60 cm');
  await read(page, 30_000);
  await page.goBack(); // Back to the list
  await showing(page, 'All levels');

  await openFromList('Spirit level 120 cm');
  await read(page, 25_000);
  await page.getByRole('link', { name: 'Next: Cross-line laser level' }).click(); // a related product
  await showing(page, 'Cross-line laser level');
  await read(page, 40_000);
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'All levels' }).click();
  await showing(page, 'All levels');

  await openFromList('Torpedo level');
  await read(page, 20_000);
  await page.goBack();
  await showing(page, 'All levels');

  await openFromList('Digital angle finder');
  await read(page, 35_000);
  await page.getByRole('button', { name: 'Add to basket' }).click();
  await page.clock.runFor(5000);

  expect(await signals(page)).toEqual([]);
  expect(await needs(page)).toEqual([]);
  expect((await needNow(page)).level).toBe('none');
});
