import { expect, test, type Page } from '@playwright/test';
import { answerPresence, type DemoServer, heedReady, recorded, recordHeedEvents, startDemo } from './helpers';

// The demo's account area is a single-page app that imports Heed from npm. Its router only uses
// the History API; Heed has to see route changes, and Back, by itself.

let demo: DemoServer;
test.beforeAll(async () => {
  demo = await startDemo();
});
test.afterAll(async () => {
  await demo?.close();
});

const heading = (page: Page) => page.locator('#account-view h1');

test('Orders → an order → Back → Back: each view has its heading, and Heed sees pushes and back traversals', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await recordHeedEvents(page);
  await answerPresence(page);
  await page.goto(`${demo.url}/`);
  await heedReady(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your account' }).click();
  await page.waitForURL('**/account/');
  await expect(heading(page)).toHaveText('Your account');
  await heedReady(page);
  await expect(page.locator('heed-help').getByRole('button', { name: 'Help', exact: true })).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Your account' });
  await nav.getByRole('link', { name: 'Orders' }).click();
  await expect(heading(page)).toHaveText('Your orders');
  await expect(heading(page)).toBeFocused();
  await expect(nav.getByRole('link', { name: 'Orders' })).toHaveAttribute('aria-current', 'page');

  await page.getByRole('link', { name: 'Order LP-10412' }).click();
  await expect(page).toHaveURL(/\/account\/orders\/10412$/);
  await expect(heading(page)).toHaveText('Order LP-10412');
  await expect(heading(page)).toBeFocused();

  await page.goBack();
  await expect(page).toHaveURL(/\/account\/orders$/);
  await expect(heading(page)).toHaveText('Your orders');
  await expect(heading(page)).toBeFocused();
  // The history entry is the app's own, as its router pushed it: Heed wrote nothing into it.
  expect(await page.evaluate(() => history.state)).toEqual({ app: 'account' });

  await page.goBack();
  await expect(page).toHaveURL(/\/account\/$/);
  await expect(heading(page)).toHaveText('Your account');
  await expect(nav.getByRole('link', { name: 'Profile' })).toHaveAttribute('aria-current', 'page');

  const pages = async () =>
    (await recorded(page, 'page'))
      .filter((e) => e.page?.startsWith('/account/'))
      .map(({ payload }) => ({ page: payload.page, navigation: payload.navigation, direction: payload.direction }));
  await expect
    .poll(pages, { timeout: 5000 })
    .toEqual([
      { page: '/account/', navigation: 'load', direction: undefined },
      { page: '/account/orders', navigation: 'push', direction: undefined },
      { page: '/account/orders/10412', navigation: 'push', direction: undefined },
      { page: '/account/orders', navigation: 'traverse', direction: 'back' },
      { page: '/account/', navigation: 'traverse', direction: 'back' },
    ]);
  expect(await recorded(page, 'error')).toEqual([]);
  // The entry of the page load: still without state.
  expect(await page.evaluate(() => history.state)).toBeNull();
  expect(problems).toEqual([]);
});
