import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { beActive, failTwoSearches, heedReady, offerCard, search } from './helpers';

for (const viewport of [
  { width: 360, height: 640 },
  { width: 1280, height: 800 },
]) {
  test(`at ${viewport.width}×${viewport.height} the offer stays on screen and does not cover the focused search box`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.clock.install();
    await failTwoSearches(page);
    const dialog = offerCard(page);
    await expect(dialog).toBeVisible();
    await expect(page.locator('#q')).toBeFocused();
    const card = (await dialog.boundingBox())!;
    expect(card.x).toBeGreaterThanOrEqual(0);
    expect(card.y).toBeGreaterThanOrEqual(0);
    expect(card.x + card.width).toBeLessThanOrEqual(viewport.width);
    expect(card.y + card.height).toBeLessThanOrEqual(viewport.height);
    const input = (await page.locator('#q').boundingBox())!;
    const overlaps = card.x < input.x + input.width && input.x < card.x + card.width && card.y < input.y + input.height && input.y < card.y + card.height;
    expect(overlaps).toBe(false);
  });
}

test('axe finds no violations on the tab, the offer and the panel', async ({ page }) => {
  await page.clock.install();
  await page.goto('/offers/search.html');
  await heedReady(page);
  const scan = async () => {
    // The offer and panel fade in over 150 ms of real time (the page clock does not drive CSS
    // animations): contrast is judged once they stand still.
    await expect.poll(() => page.evaluate(() => document.querySelector('heed-help')!.shadowRoot!.getAnimations().length)).toBe(0);
    return (await new AxeBuilder({ page }).include('heed-help').analyze()).violations.map((v) => `${v.id}: ${v.help}`);
  };
  expect(await scan()).toEqual([]);
  await beActive(page, 16);
  await search(page, 'laser tripod');
  await search(page, 'laser stand');
  await page.clock.runFor(2500);
  await expect(offerCard(page)).toBeVisible();
  expect(await scan()).toEqual([]);
  await offerCard(page).getByRole('button', { name: 'Ask us' }).click();
  await expect(page.locator('heed-help').getByRole('dialog', { name: 'How can we help?' })).toBeVisible();
  expect(await scan()).toEqual([]);
});
