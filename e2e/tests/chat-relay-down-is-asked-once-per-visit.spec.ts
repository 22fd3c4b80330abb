import { expect, test } from '@playwright/test';
import { heedReady, recorded } from './helpers';

// A relay that is down is remembered for the tab's session with a back-off: the visitor's console
// gets one refused request, not one on every page that reaches need.
test('with the relay down, a visitor who struggles on three pages costs one presence request', async ({ page }) => {
  const presence: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => request.url().includes('/presence') && presence.push(request.url()));
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  for (const url of ['/relay-down/one.html', '/relay-down/two.html', '/relay-down/one.html']) {
    await page.goto(url);
    await heedReady(page);
    // One failed search: need turns low and the policy loads, which asks who is online.
    await page.evaluate(() => (window as unknown as { heed: { signal(type: string, detail: object): void } }).heed.signal('search-failure', { query: 'laser tripod' }));
    await expect.poll(async () => (await recorded(page)).some(({ name }) => name === 'need')).toBe(true);
    if (url.endsWith('one.html') && presence.length === 0) await expect.poll(() => presence.length).toBe(1);
    await page.waitForTimeout(500);
  }
  expect(presence).toHaveLength(1);
  expect(consoleErrors.length).toBeLessThanOrEqual(1);
});
