import { expect, test } from '@playwright/test';
import { heedReady, helpTab, recorded } from './helpers';

test('a plain page with the script tag shows the Help tab without moving the page', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (msg) => messages.push(`${msg.type()}: ${msg.text()}`));
  await page.addInitScript(() => {
    const shifts: number[] = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => shifts.push((e as unknown as { value: number }).value))).observe({
      type: 'layout-shift',
      buffered: true,
    });
    Object.assign(window, { shifts });
  });
  await page.goto('/basic.html');
  await heedReady(page);
  const tab = helpTab(page);
  await expect(tab).toBeVisible();
  await expect(tab).toHaveAttribute('aria-expanded', 'false');
  const host = await page.evaluate(() => {
    const el = document.querySelector('heed-help')!;
    return { count: document.querySelectorAll('heed-help').length, mode: el.shadowRoot?.mode };
  });
  expect(host).toEqual({ count: 1, mode: 'open' });
  // The tab sits on the right edge, inside the viewport.
  const box = (await tab.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(Math.round(box.x + box.width)).toBe(viewport.width);
  expect(box.height).toBeGreaterThanOrEqual(44);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0))).toBe(0);
  // A good config makes no noise.
  expect((await recorded(page)).filter((e) => e.name === 'error')).toEqual([]);
  expect(messages.filter((m) => !m.startsWith('log'))).toEqual([]);
});

test('inline #heed-config is used when there is no data-config', async ({ page }) => {
  await page.goto('/inline-config.html');
  await heedReady(page);
  const tab = helpTab(page, 'Questions?');
  await expect(tab).toBeVisible();
  expect((await tab.boundingBox())!.x).toBe(0);
});

test('the pre-load queue is replayed in order and heed:ready fires with the API object', async ({ page }) => {
  await page.goto('/queue-order.html');
  await page.waitForFunction(() => (window as unknown as { order: string[] }).order.some((o) => o.startsWith('ready')));
  const order = await page.evaluate(() => (window as unknown as { order: string[] }).order);
  // Signals reported before Heed is ready are delivered once it is, to every subscriber.
  expect(order.filter((o) => !o.startsWith('error') && !o.startsWith('ready'))).toEqual([
    'first:custom:a',
    'second:custom:a',
    'first:custom:b',
    'second:custom:b',
  ]);
  expect(order).toContain('error:queue');
  expect(order).toContain('ready:true');
  const api = await page.evaluate(() => {
    const h = (window as unknown as { heed: Record<string, unknown> }).heed;
    return ['on', 'signal', 'page', 'open', 'close', 'state', 'destroy'].every((k) => typeof h[k] === 'function') && h.ready instanceof Promise;
  });
  expect(api).toBe(true);
});

test('loading the script twice keeps one instance and one tab', async ({ page }) => {
  await page.goto('/basic.html');
  await heedReady(page);
  await page.evaluate(async () => {
    const first = (window as unknown as { heed: unknown }).heed;
    const script = document.createElement('script');
    script.src = '/heed/heed.js';
    await new Promise((done) => ((script.onload = done), document.head.append(script)));
    (window as unknown as { same: boolean }).same = first === (window as unknown as { heed: unknown }).heed;
  });
  expect(await page.evaluate(() => (window as unknown as { same: boolean }).same)).toBe(true);
  await expect(page.locator('heed-help')).toHaveCount(1);
});
