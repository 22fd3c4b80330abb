import { expect, test } from '@playwright/test';
import { beActive, heedReady, heldBackBy, offerCard, searchFor, tabEvents } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

test('a visitor who fails two searches on a site with no articles, chat or experts gets no offer; the owner is told once in the console', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto('/policy/no-help.html');
  await heedReady(page);
  await beActive(page, 16);
  await searchFor(page, 'laser tripod');
  await searchFor(page, 'laser stand');
  await expect.poll(() => heldBackBy(page)).toContain('unavailable');
  // More struggle on the same page: still nothing promised, still one warning.
  await page.locator('#q').fill('tripod');
  await page.locator('#q').press('Enter');
  await page.waitForURL(/q=tripod$/);
  await heedReady(page);
  await beActive(page, 20);
  await expect(offerCard(page)).toHaveCount(0);
  expect(await tabEvents(page, 'offer')).toEqual([]);
  const owner = warnings.filter((w) => /no help/.test(w));
  expect(owner.length).toBeGreaterThanOrEqual(1);
  // One warning per page that reached high need, never a flood.
  expect(owner.length).toBeLessThanOrEqual(2);
  expect(owner[0]).toMatch(/^Heed: .*articles.*chat.*expert/);
});
