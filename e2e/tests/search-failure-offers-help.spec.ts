import { expect, test } from '@playwright/test';
import { beActive, events, failTwoSearches, heedReady, offerCard, search } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

test('two failed searches bring exactly one offer, next to the search box, after the entry window and not while typing', async ({ page }) => {
  await page.goto('/offers/search.html');
  await heedReady(page);
  await search(page, 'laser tripod');
  await search(page, 'laser stand');
  // High need within the first seconds: held back by the entry rule.
  await expect.poll(async () => (await events(page, 'suppress')).map((e) => e.rule)).toContain('entry');
  expect(await events(page, 'offer')).toEqual([]);
  await beActive(page, 16);
  const dialog = offerCard(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleName('Can’t find “laser stand”?'.replace('’', "'"));
  const offers = await events(page, 'offer');
  expect(offers).toHaveLength(1);
  expect(offers[0]).toMatchObject({ kind: 'nudge' });
  // Anchored next to the search box: below or above it, not over it.
  const box = (await page.locator('#q').boundingBox())!;
  const card = (await dialog.boundingBox())!;
  expect(card.y >= box.y + box.height || card.y + card.height <= box.y).toBe(true);
  // Focus was not taken.
  await expect(page.locator('#q')).toBeFocused();
  // Announced politely.
  await expect(page.locator('heed-help').locator('[aria-live=polite]').first()).toContainText('laser stand');
});

test('while the visitor types, the offer waits for the pause', async ({ page }) => {
  await page.goto('/offers/search.html');
  await heedReady(page);
  await beActive(page, 16);
  await search(page, 'laser tripod');
  await page.locator('#q').fill('laser stand');
  await page.locator('#q').press('Enter');
  await page.locator('#q').pressSequentially('xx', { delay: 0 });
  await page.clock.runFor(600);
  // High need fetches the policy chunk over the real network, which may take longer than the 600 ms.
  await expect.poll(async () => (await events(page, 'suppress')).map((e) => e.rule)).toContain('typing');
  expect(await events(page, 'offer')).toEqual([]);
  await page.clock.runFor(2000);
  await expect(offerCard(page)).toBeVisible();
  expect((await events(page, 'suppress')).filter((e) => e.rule === 'typing')).toHaveLength(1);
});

test('"No thanks" is remembered: no second offer in this session, after a reload, or in another tab', async ({ page, context }) => {
  await failTwoSearches(page);
  const dialog = offerCard(page);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'No thanks' }).click();
  await expect(dialog).toBeHidden();
  expect(await events(page, 'dismiss')).toMatchObject([{ how: 'button' }]);
  // Two more failed searches on the same page.
  await page.clock.runFor(90_000);
  await search(page, 'torque wrench');
  await search(page, 'torque spanner');
  await page.clock.runFor(3000);
  expect((await events(page, 'suppress')).map((e) => e.rule)).toContain('cooldown');
  await expect(dialog).toBeHidden();
  // After a reload.
  await page.reload();
  await heedReady(page);
  await beActive(page, 4);
  await search(page, 'pipe bender');
  await search(page, 'pipe bending tool');
  await page.clock.runFor(3000);
  await expect.poll(async () => (await events(page, 'suppress')).map((e) => e.rule)).toContain('cooldown');
  expect(await events(page, 'offer')).toEqual([]);
  // In a second tab of the same site.
  const second = await context.newPage();
  await second.clock.install();
  await second.goto('/offers/search.html');
  await heedReady(second);
  await beActive(second, 16);
  await search(second, 'laser tripod');
  await search(second, 'laser stand');
  await second.clock.runFor(3000);
  await expect.poll(async () => (await events(second, 'suppress')).map((e) => e.rule)).toContain('cooldown');
  expect(await events(second, 'offer')).toEqual([]);
});

test('Escape dismisses the offer; an ignored offer folds back into the tab after 20 s', async ({ page }) => {
  await failTwoSearches(page);
  await expect(offerCard(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(offerCard(page)).toBeHidden();
  expect(await events(page, 'dismiss')).toMatchObject([{ how: 'escape' }]);
});

test('an offer nobody answers folds away after 20 s as a soft dismissal', async ({ page }) => {
  await failTwoSearches(page);
  await expect(offerCard(page)).toBeVisible();
  await page.clock.runFor(21_000);
  await expect(offerCard(page)).toBeHidden();
  expect(await events(page, 'dismiss')).toMatchObject([{ how: 'timeout' }]);
});

test('"Ask us" takes the offer: the panel opens by offer and focus stays where it was until the visitor moves', async ({ page }) => {
  await failTwoSearches(page);
  await offerCard(page).getByRole('button', { name: 'Ask us' }).click();
  await expect(page.locator('heed-help').getByRole('dialog', { name: 'How can we help?' })).toBeVisible();
  expect(await events(page, 'accept')).toMatchObject([{ channel: 'panel' }]);
  expect(await events(page, 'open')).toMatchObject([{ view: 'home', by: 'offer' }]);
});

test('"Only when I ask" set in the panel: no offers, across reloads', async ({ page }) => {
  await page.goto('/offers/search.html');
  await heedReady(page);
  await page.locator('heed-help').getByRole('button', { name: 'Help', exact: true }).click();
  await page.locator('heed-help').getByRole('radio', { name: 'Only when I ask' }).check();
  await page.locator('heed-help').getByRole('button', { name: 'Close help' }).click();
  await page.clock.runFor(500);
  await page.reload();
  await heedReady(page);
  await beActive(page, 16);
  await search(page, 'laser tripod');
  await search(page, 'laser stand');
  await page.clock.runFor(3000);
  await expect.poll(async () => (await events(page, 'suppress')).map((e) => e.rule)).toContain('quiet');
  expect(await events(page, 'offer')).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { heed: { state(): { quiet: boolean } } }).heed.state().quiet)).toBe(true);
});

test('a page marked proactive: false never offers, and the tab still works', async ({ page }) => {
  await failTwoSearches(page, '/offers/quiet.html');
  await expect.poll(async () => (await events(page, 'suppress')).map((e) => e.rule)).toContain('page');
  expect(await events(page, 'offer')).toEqual([]);
  await page.locator('heed-help').getByRole('button', { name: 'Help', exact: true }).click();
  await expect(page.locator('heed-help').getByRole('dialog', { name: 'How can we help?' })).toBeVisible();
});
