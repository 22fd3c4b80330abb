import { expect, test } from '@playwright/test';
import { beActive, expectTabEvents, heedReady, heldBackBy, offerCard, searchFor, tabEvents } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.clock.install();
  await page.goto('/policy/results.html');
  await heedReady(page);
  await beActive(page, 16);
  await searchFor(page, 'laser tripod');
  await searchFor(page, 'laser stand');
  await expect(offerCard(page)).toBeVisible();
});

test('the visitor reloads the page that shows an offer: with one tab open, nothing is held back as "other-tab"', async ({ page }) => {
  await page.reload();
  await heedReady(page);
  await beActive(page, 2);
  await searchFor(page, 'tripod for laser');
  await searchFor(page, 'laser tripod stand');
  await expect.poll(() => heldBackBy(page, /results\.html\?q=laser\+tripod\+stand/)).toContain('cap');
  expect(await heldBackBy(page)).not.toContain('other-tab');
});

test('the visitor goes on to another page of the same tab while the offer shows: the offer may come there at once, not after "other-tab"', async ({ page }) => {
  await page.goto('/policy/deals.html');
  await heedReady(page);
  await beActive(page, 2);
  await searchFor(page, 'tripod for laser');
  await searchFor(page, 'laser tripod stand');
  await expectTabEvents(page, 'offer', 2);
  const [first, second] = await tabEvents(page, 'offer');
  expect(second.url).toMatch(/^\/policy\/deals\.html/);
  // Well inside the 20 s the first offer's memory says it is showing.
  expect((second.t as number) - (first.t as number)).toBeLessThan(20_000);
  expect(await heldBackBy(page)).not.toContain('other-tab');
});
