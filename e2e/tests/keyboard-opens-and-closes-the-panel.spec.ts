import { expect, test } from '@playwright/test';
import { heedReady, helpTab, recorded } from './helpers';

test('keyboard only: Tab to the tab, Enter opens the panel, Esc closes it and focus returns', async ({ page }) => {
  await page.goto('/basic.html');
  await heedReady(page);
  const tab = helpTab(page);
  // Tab through the page's own controls until the help tab has focus.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (await tab.evaluate((el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el)) break;
  }
  await expect(tab).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.locator('heed-help').getByRole('dialog', { name: 'How can we help?' });
  await expect(dialog).toBeVisible();
  await expect(tab).toHaveAttribute('aria-expanded', 'true');
  await expect(dialog.getByRole('heading', { name: 'How can we help?' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(tab).toBeFocused();
  await expect(tab).toHaveAttribute('aria-expanded', 'false');
  const events = (await recorded(page)).filter((e) => e.name === 'open' || e.name === 'close');
  expect(events).toEqual([
    { name: 'open', payload: { view: 'home', by: 'visitor', group: 'heed' } },
    { name: 'close', payload: { view: 'home', by: 'visitor', group: 'heed' } },
  ]);
});

test('the close button closes the panel; heed.open() opens it without taking focus', async ({ page }) => {
  await page.goto('/basic.html');
  await heedReady(page);
  await page.locator('#name').focus();
  await page.evaluate(() => (window as unknown as { heed: { open(v: string): void } }).heed.open('articles'));
  const dialog = page.locator('heed-help').getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Help articles' })).toBeVisible();
  await expect(page.locator('#name')).toBeFocused();
  await dialog.getByRole('button', { name: 'Close help' }).click();
  await expect(dialog).toBeHidden();
  await expect(helpTab(page)).toBeFocused();
});

test('"Only when I ask" is remembered on this device across reloads', async ({ page }) => {
  await page.goto('/basic.html');
  await heedReady(page);
  await helpTab(page).click();
  const dialog = page.locator('heed-help').getByRole('dialog');
  await expect(dialog.getByRole('radio', { name: 'Offer help when I seem stuck' })).toBeChecked();
  await dialog.getByRole('radio', { name: 'Only when I ask' }).check();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heed: { state(): { preferences: { proactive: string } } } }).heed.state().preferences.proactive))
    .toBe('ask-only');
  // Wait for the write to land in IndexedDB before reloading.
  await page.waitForTimeout(100);
  await page.reload();
  await heedReady(page);
  expect(
    await page.evaluate(() => (window as unknown as { heed: { state(): { quiet: boolean; preferences: { proactive: string } } } }).heed.state()),
  ).toMatchObject({ quiet: true, preferences: { proactive: 'ask-only' } });
  await helpTab(page).click();
  await expect(page.locator('heed-help').getByRole('radio', { name: 'Only when I ask' })).toBeChecked();
});
