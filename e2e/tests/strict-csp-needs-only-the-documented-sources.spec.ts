import { expect, test } from '@playwright/test';
import { heedReady } from './helpers';
import { SHARED_RELAY } from '../fixtures/chat/chat';

// /csp/index.html is served (e2e/server.mjs) with the CSP the README gives site owners: scripts and
// the config from the site, the relay's WebSocket and its HTTP origin (for /presence) in
// connect-src, no inline scripts or styles, and Trusted Types enforced.
test('under the documented strict CSP the tab, the panel, an offer and the presence check all work with no violation', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const presence = page.waitForResponse((response) => response.url().startsWith(`${SHARED_RELAY}/presence`));
  const response = await page.goto('/csp/index.html');
  expect(response!.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
  await heedReady(page);
  // Two failed searches reported by the site: high need; the policy chunk loads and asks who is online.
  await page.evaluate(() => {
    const heed = (window as unknown as { heed: { signal(type: string, detail: object): void } }).heed;
    heed.signal('search-failure', { query: 'laser tripod' });
    heed.signal('search-failure', { query: 'tripod for laser' });
  });
  expect((await presence).status()).toBe(200);
  await expect(page.locator('heed-help').getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.locator('heed-help').getByRole('button', { name: 'Help', exact: true }).click();
  await expect(page.locator('heed-help').getByRole('dialog', { name: 'How can we help?' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  expect(errors).toEqual([]);
});
