import { expect, test, type Page } from '@playwright/test';
import { heedReady, helpTab } from './helpers';

// Issue #15: on a narrow screen the tab is a small handle on the edge of the screen, its word running
// down the edge, so that it keeps off the text column; from 601 px wide up it is the usual tab. The
// handle is 24 px across (WCAG 2.5.8's minimum; flush with the edge, which stops a thumb) and at least
// 44 px along the edge. On a page with the common 16 px margin it reaches 8 px into the text column,
// where the tab reached about 55 px.

const box = async (page: Page, name: string) => (await helpTab(page, name).boundingBox())!;
const writingMode = (page: Page, name: string) => helpTab(page, name).evaluate((tab) => getComputedStyle(tab.firstElementChild!).writingMode);

for (const viewport of [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height} (touch)`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true });

    test('the tab is an edge handle: 24 px across, at least 44 px tall, flush with the edge, and it still opens the panel', async ({ page }) => {
      await page.goto('/a11y/index.html');
      await heedReady(page);
      const handle = await box(page, 'Help');
      expect(handle.width).toBeCloseTo(24, 0);
      expect(handle.height).toBeGreaterThanOrEqual(44);
      expect(handle.x + handle.width).toBeCloseTo(viewport.width, 0);
      expect(await writingMode(page, 'Help')).toBe('vertical-rl');
      await helpTab(page, 'Help').tap();
      await expect(page.locator('heed-help').getByRole('heading', { name: 'How can we help?' })).toBeVisible();
    });
  });
}

test.describe('on a right-to-left page at 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the handle sits on the mirrored edge and says the page’s word', async ({ page }) => {
    await page.goto('/locales/shop.html?lang=he&dir=rtl');
    await heedReady(page);
    const handle = await box(page, 'עזרה');
    expect(handle.x).toBe(0);
    expect(handle.width).toBeCloseTo(24, 0);
    expect(handle.height).toBeGreaterThanOrEqual(44);
  });
});

test.describe('at 768×1024', () => {
  test.use({ viewport: { width: 768, height: 1024 } });

  test('the usual tab: its word across, 44 px tall', async ({ page }) => {
    await page.goto('/a11y/index.html');
    await heedReady(page);
    const tab = await box(page, 'Help');
    expect(tab.width).toBeGreaterThan(tab.height);
    expect(tab.height).toBeCloseTo(44, 0);
    expect(await writingMode(page, 'Help')).toBe('horizontal-tb');
  });
});
