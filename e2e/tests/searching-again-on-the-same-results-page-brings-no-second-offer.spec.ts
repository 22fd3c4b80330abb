import { expect, test } from '@playwright/test';
import { beActive, expectTabEvents, heedReady, heldBackBy, offerCard, searchFor } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

test('a visitor who fails more searches on /policy/results.html?q=… after an offer gets no second offer on that page; maxOffersPerPage counts the path', async ({ page }) => {
  await page.goto('/policy/results.html');
  await heedReady(page);
  await beActive(page, 16);
  await searchFor(page, 'laser tripod');
  await searchFor(page, 'laser stand');
  await expect(offerCard(page)).toBeVisible();
  await expectTabEvents(page, 'offer', 1);
  // The offer folds away unanswered; the visitor keeps searching on the same path, other queries.
  await page.clock.runFor(21_000);
  await searchFor(page, 'torque wrench');
  await searchFor(page, 'torque spanner');
  await expect.poll(() => heldBackBy(page, /q=torque\+spanner/)).toContain('cap');
  await beActive(page, 30);
  await expect(offerCard(page)).toBeHidden();
  await expectTabEvents(page, 'offer', 1);
});

test('a reload of the results page after an offer does not reset the page cap', async ({ page }) => {
  await page.goto('/policy/results.html');
  await heedReady(page);
  await beActive(page, 16);
  await searchFor(page, 'laser tripod');
  await searchFor(page, 'laser stand');
  await expectTabEvents(page, 'offer', 1);
  await page.clock.runFor(21_000);
  await page.reload();
  await heedReady(page);
  await page.locator('#q').fill('');
  await searchFor(page, 'pipe bender');
  await searchFor(page, 'pipe bending tool');
  await expect.poll(() => heldBackBy(page, /q=pipe\+bending\+tool/)).toContain('cap');
  await beActive(page, 10);
  await expectTabEvents(page, 'offer', 1);
});
