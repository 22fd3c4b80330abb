import { expect, test, type Locator, type Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { heedReady, helpTab } from './helpers';

// ui.avoid (issue #15): the tab never sits on the site's own fixed controls — here a cookie banner
// and a sticky "Add to basket" bar, right where the tab's default place is — nor on the field the
// visitor is typing in, and comes back down when the banner goes. A per-site heed.js (`heed build`)
// does it from the page's load, before any of Heed's chunks: the banner is there at the first page
// view, long before any need. The generic heed.js, at its 10 KB ceiling, leaves it to the panel's
// chunk: from the first need, hover or focus of the tab.

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const boxOf = async (locator: Locator) => (await locator.boundingBox())!;
/** Whether the tab covers any of `others`, once it has settled. */
const covers = async (page: Page, ...others: Locator[]) => {
  const tab = await boxOf(helpTab(page));
  for (const other of others) if ((await other.count()) && overlap(tab, await boxOf(other))) return true;
  return false;
};

/** The paths of Heed's lazy chunks the page asks for. */
const chunksAskedFor = (page: Page) => {
  const chunks: string[] = [];
  page.on('request', (request) => /\/heed-[^/]+\.js$/.test(request.url()) && chunks.push(new URL(request.url()).pathname));
  return chunks;
};

/** Loads the panel chunk the way a keyboard visitor does (focus on the tab), then gives focus back to the page. */
async function loadPanelChunk(page: Page) {
  const panelChunk = page.waitForResponse(/\/heed-panel-[\w-]+\.js$/);
  await helpTab(page).focus();
  await panelChunk;
  await page.locator('h1').click();
}

// The per-site heed.js of the fixture's own config, built by the owner's command and served in place
// of the generic one (the page's data-config is then unread: the config is compiled in).
const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
let site: string;
test.beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'heed-avoid-'));
  await promisify(execFile)(process.execPath, [repo('packages/embed/bin/heed.mjs'), 'build', repo('e2e/fixtures/placement/avoid.json'), '--out', site]);
});
test.afterAll(() => rmSync(site, { recursive: true, force: true }));
const servePerSite = (page: Page) =>
  page.route(/\/heed\/heed[^/]*\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(site, new URL(route.request().url()).pathname.split('/').pop()!)) }));

for (const viewport of [
  { width: 320, height: 568, touch: true },
  { width: 390, height: 844, touch: true },
  { width: 768, height: 1024, touch: false },
  { width: 1280, height: 800, touch: false },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height }, hasTouch: viewport.touch, isMobile: viewport.touch });

    test('per-site heed.js, from load and without a chunk: the tab clears the cookie banner and the sticky bar, comes back down when the banner goes, and clears the focused field', async ({ page }) => {
      await servePerSite(page);
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
      // All of it with heed.js alone: no chunk, no config fetched.
      expect(chunks).toEqual([]);
      expect(errors).toEqual([]);
    });

    test('generic heed.js: the tab clears them once the panel chunk has loaded', async ({ page }) => {
      await page.goto('/placement/avoid.html');
      await heedReady(page);
      await loadPanelChunk(page);
      await expect.poll(() => covers(page, page.locator('#cookies'), page.locator('.buy-bar'))).toBe(false);
    });
  });
}

test('without ui.avoid the tab keeps its place, over the banner: the checks above can fail', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.route('**/placement/avoid.json', (route) => route.fulfill({ json: {} }));
  await page.goto('/placement/avoid.html');
  await heedReady(page);
  await loadPanelChunk(page);
  await page.waitForTimeout(300);
  expect(await covers(page, page.locator('#cookies'), page.locator('.buy-bar'))).toBe(true);
});

test('destroy() takes the tab and its listeners away: the page scrolls and clicks without errors', async ({ page }) => {
  await servePerSite(page);
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
