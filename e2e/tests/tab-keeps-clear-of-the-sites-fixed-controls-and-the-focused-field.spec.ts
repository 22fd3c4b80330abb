import { expect, test, type Locator, type Page } from '@playwright/test';
import { heedReady, helpTab } from './helpers';

// ui.avoid (issue #15): the tab never sits on the site's own fixed controls — here a cookie banner
// and a sticky "Add to basket" bar, right where the tab's default place is — nor on the field the
// visitor is typing in. It moves up its edge from the page's load, before any of Heed's chunks (the
// cookie banner is there at the first page view, long before any need), and back down when the banner goes.

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const boxOf = async (locator: Locator) => (await locator.boundingBox())!;
/** Whether the tab covers any of `others`, once it has settled. */
const covers = async (page: Page, ...others: Locator[]) => {
  const tab = await boxOf(helpTab(page));
  for (const other of others) if ((await other.count()) && overlap(tab, await boxOf(other))) return true;
  return false;
};

/** The URLs of Heed's lazy chunks the page has asked for. */
const chunksAskedFor = (page: Page) => {
  const chunks: string[] = [];
  page.on('request', (request) => /\/heed-[^/]+\.js$/.test(request.url()) && chunks.push(request.url()));
  return chunks;
};

for (const viewport of [
  { width: 390, height: 844, touch: true },
  { width: 1280, height: 800, touch: false },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height }, hasTouch: viewport.touch, isMobile: viewport.touch });

    test('the tab clears the cookie banner and the sticky bar, comes back down when the banner goes, and clears the focused field', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
      const chunks = chunksAskedFor(page);
      await page.goto('/placement/avoid.html');
      await heedReady(page);
      const cookies = page.locator('#cookies');
      const bar = page.locator('.buy-bar');
      await expect.poll(() => covers(page, cookies, bar)).toBe(false);
      const above = await boxOf(helpTab(page));
      expect(above.y, 'the tab stays on screen').toBeGreaterThanOrEqual(0);

      await page.getByRole('button', { name: 'Accept' }).click();
      await expect(cookies).toHaveCount(0);
      // Lower again, just above the bar: it only goes as far up as it must.
      await expect.poll(async () => (await boxOf(helpTab(page))).y).toBeGreaterThan(above.y);
      expect(await covers(page, bar)).toBe(false);

      const note = page.locator('#note');
      await note.focus();
      await page.keyboard.type('For Sam');
      await expect.poll(() => covers(page, note, bar)).toBe(false);
      await page.locator('h1').click();
      // All of it with heed.js alone: no chunk was needed (the generic build fetched its config only).
      expect(chunks).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
}

test('without ui.avoid the tab keeps its place, over the banner: the check above can fail', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.route('**/placement/avoid.json', (route) => route.fulfill({ json: {} }));
  await page.goto('/placement/avoid.html');
  await heedReady(page);
  // Past the run 1 s after mounting.
  await page.waitForTimeout(1300);
  expect(await covers(page, page.locator('#cookies'), page.locator('.buy-bar'))).toBe(true);
});

test('destroy() takes the tab and its listeners away: the page scrolls and clicks without errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/placement/avoid.html');
  await heedReady(page);
  await page.evaluate(() => (window as unknown as { heed: { destroy(): void } }).heed.destroy());
  await expect(page.locator('heed-help')).toHaveCount(0);
  await page.mouse.wheel(0, 200);
  await page.getByRole('button', { name: 'Accept' }).click();
  expect(errors).toEqual([]);
});
