import { expect, test, type Page } from '@playwright/test';
import { fidget, needs, open, read, signals } from './helpers';

// dwell (SPEC §3): active time on a page above its threshold with no progress. Time counts only
// while the tab is visible and the visitor was active in the last 5 s. The fixture config sets
// `dwellSeconds: 60` for /signals/checkout/*; elsewhere the default is 120 s.

/**
 * Hides or shows the tab the way Heed reads it. Headless Chromium never hides a page (checked:
 * a second page brought to the front, a minimised window and a frozen page all keep
 * visibilityState 'visible'), so the page's own view of its visibility is switched instead:
 * document.visibilityState / document.hidden, then the visibilitychange event.
 */
const setHidden = (page: Page, hidden: boolean) =>
  page.evaluate((hidden) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

test('a visitor stalled on the payment step for a minute: dwell, and high need on its own', async ({ page }) => {
  await open(page, '/signals/checkout/payment.html');
  await fidget(page, 54_000);
  expect(await signals(page, 'dwell')).toEqual([]);
  await fidget(page, 12_000);
  const dwell = await signals(page, 'dwell');
  expect(dwell.map((s) => s.detail)).toEqual([{ page: '/signals/checkout/payment.html', seconds: 60 }]);
  const high = (await needs(page)).find((need) => need.level === 'high');
  expect(high?.reasons.map((s) => s.type)).toEqual(['dwell']);
  // One stall is one signal, however long it goes on.
  await fidget(page, 90_000);
  expect(await signals(page, 'dwell')).toHaveLength(1);
});

test('time in a hidden tab does not count', async ({ page }) => {
  await open(page, '/signals/checkout/payment.html');
  await fidget(page, 30_000);
  await setHidden(page, true);
  // Input keeps arriving while hidden, so only the visibility check keeps this out of the count.
  await fidget(page, 180_000);
  expect(await signals(page, 'dwell')).toEqual([]);
  await setHidden(page, false);
  await fidget(page, 18_000);
  expect(await signals(page, 'dwell')).toEqual([]);
  // The visible minutes do add up: a little more and it is a stall (30 + 18 + 15 s, plus at most
  // the 5 s activity window that began before the tab was hidden).
  await fidget(page, 15_000);
  expect(await signals(page, 'dwell')).toHaveLength(1);
});

test('an idle visitor (no input) accrues no dwell', async ({ page }) => {
  await open(page, '/signals/checkout/payment.html');
  await fidget(page, 9_000);
  await page.clock.runFor(10 * 60_000);
  expect(await signals(page, 'dwell')).toEqual([]);
});

test('an idle visitor next to a carousel that scrolls by itself accrues no dwell', async ({ page }) => {
  await open(page, '/signals/checkout/payment.html');
  // A strip of offers that advances every 2 s, the way shop carousels do.
  await page.evaluate(() => {
    const strip = document.createElement('div');
    strip.id = 'carousel';
    strip.style.cssText = 'width:300px;overflow-x:auto;white-space:nowrap';
    strip.innerHTML = Array.from({ length: 8 }, (_, i) => `<span style="display:inline-block;width:300px">Offer ${i + 1}</span>`).join('');
    document.body.append(strip);
    const w = window as unknown as { scrolls: number };
    w.scrolls = 0;
    strip.addEventListener('scroll', () => w.scrolls++);
    setInterval(() => strip.scrollBy({ left: strip.scrollLeft > 1800 ? -2100 : 300 }), 2000);
  });
  await fidget(page, 9_000);
  // Three minutes of page time, in steps the browser renders: scroll events come with frames.
  for (let step = 0; step < 90; step++) {
    await page.clock.runFor(2000);
    await page.waitForTimeout(30);
  }
  expect(await page.evaluate(() => (window as unknown as { scrolls: number }).scrolls)).toBeGreaterThan(30);
  expect(await signals(page, 'dwell')).toEqual([]);
});

test('reading a long article, scrolling down steadily, is not a stall', async ({ page }) => {
  await open(page, '/signals/article.html');
  await read(page, 240_000);
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(8000);
  expect(await signals(page)).toEqual([]);
});

test('the same article without reading on: a stall after the default 120 s, low need only', async ({ page }) => {
  await open(page, '/signals/article.html');
  await fidget(page, 126_000);
  const dwell = await signals(page, 'dwell');
  expect(dwell.map((s) => s.detail)).toEqual([{ page: '/signals/article.html', seconds: 120 }]);
  // A stall on a page without its own threshold needs another signal for high need (SPEC §4).
  expect((await needs(page)).map((n) => n.level)).toEqual(['low']);
});
