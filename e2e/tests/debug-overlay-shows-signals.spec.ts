import { expect, test } from '@playwright/test';
import { heedReady } from './helpers';

test('a site owner adds ?heed-debug and sees live need, signals and their details', async ({ page }) => {
  await page.goto('/basic.html?heed-debug');
  await heedReady(page);
  const overlay = page.locator('heed-help').getByRole('region', { name: 'Heed debug' });
  await expect(overlay).toContainText('need none');
  const signal = (type: string, detail: object) =>
    page.evaluate(([t, d]) => (window as unknown as { heed: { signal(t: string, d?: object): void } }).heed.signal(t as string, d as object), [type, detail] as const);
  await signal('custom:cart-error', { code: 'E42' });
  await expect(overlay).toContainText('custom:cart-error');
  await expect(overlay).toContainText('need → low');
  await signal('search-failure', { query: 'laser tripod' });
  await expect(overlay).toContainText('"query":"laser tripod"');
  await expect(overlay).toContainText('need → high');
  await overlay.getByRole('button', { name: 'Hide' }).click();
  await expect(overlay).toBeHidden();
});

test('without ?heed-debug or debug: true the overlay chunk is never requested', async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (request) => request.url().includes('heed-debug') && chunks.push(request.url()));
  await page.goto('/basic.html');
  await heedReady(page);
  await page.evaluate(() => (window as unknown as { heed: { signal(t: string): void } }).heed.signal('custom:x'));
  await page.waitForTimeout(200);
  expect(chunks).toEqual([]);
  await expect(page.locator('heed-help').getByRole('region', { name: 'Heed debug' })).toHaveCount(0);
});
