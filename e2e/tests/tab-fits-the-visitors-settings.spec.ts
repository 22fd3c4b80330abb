import { expect, test } from '@playwright/test';
import { helpTab } from './helpers';


test('dark colour scheme: the panel follows it; reduced motion: no animation', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.goto('/basic.html');
  await helpTab(page).click();
  const dialog = page.locator('heed-help').getByRole('dialog');
  await expect(dialog).toBeVisible();
  const style = await dialog.evaluate((el) => ({ bg: getComputedStyle(el).backgroundColor, animation: getComputedStyle(el).animationName }));
  expect(style.bg).toBe('rgb(31, 41, 55)');
  expect(style.animation).toBe('none');
});

test('light scheme with motion allowed: light panel that animates in', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  await page.goto('/basic.html');
  await helpTab(page).click();
  const dialog = page.locator('heed-help').getByRole('dialog');
  const style = await dialog.evaluate((el) => ({ bg: getComputedStyle(el).backgroundColor, animation: getComputedStyle(el).animationName }));
  expect(style.bg).toBe('rgb(255, 255, 255)');
  expect(style.animation).not.toBe('none');
});

test('a right-to-left page with the tab at the bottom edge and a translated label', async ({ page }) => {
  await page.goto('/rtl.html');
  const tab = helpTab(page, 'مساعدة');
  await expect(tab).toBeVisible();
  const box = (await tab.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(Math.round(box.y + box.height)).toBe(viewport.height);
  await tab.click();
  const dialog = page.locator('heed-help').getByRole('dialog');
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  const panel = (await dialog.boundingBox())!;
  expect(panel.x + panel.width).toBeLessThanOrEqual(viewport.width);
});

test('a site theme set on heed-help wins over the config accent', async ({ page }) => {
  await page.addInitScript(() => {
    addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = 'heed-help { --heed-accent: rgb(15, 118, 110); }';
      document.head.append(style);
    });
  });
  await page.goto('/basic.html');
  const tab = helpTab(page);
  await expect(tab).toBeVisible();
  await expect.poll(() => tab.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(15, 118, 110)');
});

test('on a 360 px phone the tab stays on screen, 44 px tall, and the panel fits', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/basic.html');
  const tab = helpTab(page);
  const box = (await tab.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(box.height).toBeGreaterThanOrEqual(44);
  await tab.click();
  const panel = (await page.locator('heed-help').getByRole('dialog').boundingBox())!;
  expect(panel.x).toBeGreaterThanOrEqual(0);
  expect(panel.x + panel.width).toBeLessThanOrEqual(360);
  expect(panel.y).toBeGreaterThanOrEqual(0);
});
