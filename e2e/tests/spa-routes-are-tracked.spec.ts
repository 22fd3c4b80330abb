import { expect, test } from '@playwright/test';
import { heedReady } from './helpers';

type SpaWindow = { spaPages: Array<{ page: string; navigation: string; direction?: string }>; spaHeed: { ready: Promise<void> } };

test('an SPA built with the npm packages: pushState and Back are seen, history.state untouched', async ({ page }) => {
  await page.goto('/spa/');
  await page.evaluate(() => (window as unknown as SpaWindow).spaHeed.ready);
  await expect(page.locator('heed-help').getByRole('button', { name: 'Need help?' })).toBeVisible();
  await page.getByRole('link', { name: 'Orders' }).click();
  await page.getByRole('link', { name: 'Order 42' }).click();
  await page.goBack();
  await expect(page.locator('#view')).toHaveText('Route /spa/orders');
  await page.goBack();
  await page.goForward();
  const pages = await page.evaluate(() => (window as unknown as SpaWindow).spaPages.map(({ page, navigation, direction }) => ({ page, navigation, direction })));
  expect(pages).toEqual([
    { page: '/spa/', navigation: 'load', direction: undefined },
    { page: '/spa/orders', navigation: 'push', direction: undefined },
    { page: '/spa/orders/42', navigation: 'push', direction: undefined },
    { page: '/spa/orders', navigation: 'traverse', direction: 'back' },
    { page: '/spa/', navigation: 'traverse', direction: 'back' },
    { page: '/spa/orders', navigation: 'traverse', direction: 'forward' },
  ]);
  expect(await page.evaluate(() => history.state)).toEqual({ app: 'state' });
});

test('heed.page() reports a route change Heed could not see', async ({ page }) => {
  await page.goto('/spa/');
  await page.evaluate(() => (window as unknown as SpaWindow).spaHeed.ready);
  await page.evaluate(() => (window as unknown as { spaHeed: { page(u: string): void } }).spaHeed.page('/spa/virtual'));
  await expect
    .poll(() => page.evaluate(() => (window as unknown as SpaWindow).spaPages.map((p) => p.page)))
    .toEqual(['/spa/', '/spa/virtual']);
});

test('a multi-page site: Back to a previous page is a traversal with direction back', async ({ page }) => {
  await page.goto('/basic.html');
  await heedReady(page);
  await page.getByRole('link', { name: 'Second page' }).click();
  await page.waitForURL('**/second.html');
  await page.goBack();
  await page.waitForURL('**/basic.html');
  await page.waitForFunction(() => (window as unknown as { log: Array<[string]> }).log.some(([n]) => n === 'page'));
  const pages = await page.evaluate(() =>
    (window as unknown as { log: Array<[string, { page: string; navigation: string; direction?: string }]> }).log
      .filter(([n]) => n === 'page')
      .map(([, p]) => ({ page: p.page, navigation: p.navigation, direction: p.direction })),
  );
  expect(pages).toEqual([{ page: '/basic.html', navigation: 'traverse', direction: 'back' }]);
});
