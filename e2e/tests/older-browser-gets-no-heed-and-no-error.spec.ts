import { expect, test } from '@playwright/test';

// A browser older than Heed's baseline (README, "Browsers"): constructable stylesheets are the newest
// thing heed.js needs (Safari 16.4). Taking them away, as Safari 16.3 lacks them, must leave the page
// as if heed.js were blocked: no tab, no listener, no error, and the snippet's queue still there.
test('without constructable stylesheets heed.js stays out of the way: no tab, no error, the queue kept', async ({ page }) => {
  await page.addInitScript(() => {
    delete (Document.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
  });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(`${message.type()}: ${message.text()}`));
  const chunks: string[] = [];
  page.on('request', (request) => /\/heed-[^/]+\.js$/.test(request.url()) && chunks.push(request.url()));
  const heedLoaded = page.waitForResponse(/\/heed\/heed\.js$/);
  await page.goto('/queue-order.html');
  await heedLoaded;
  // Long enough for heed.js to have run and, were it running, for its config and ready event.
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => Array.isArray((window as unknown as { heed: unknown }).heed))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { order: string[] }).order)).toEqual([]);
  await expect(page.locator('heed-help')).toHaveCount(0);
  await page.getByRole('heading', { name: 'Queue order' }).click();
  await page.keyboard.press('Tab');
  expect(chunks).toEqual([]);
  expect(problems).toEqual([]);
});
