import { expect, test, type Page } from '@playwright/test';
import { heedReady, helpTab } from './helpers';

const widget = (page: Page) => page.locator('heed-help');
const dialog = (page: Page) => widget(page).getByRole('dialog');
const heedErrors = (page: Page) =>
  page.evaluate(() => (window as unknown as { log: Array<[string, { code: string; message: string; path?: string }]> }).log.filter(([name]) => name === 'error').map(([, e]) => e));

/** Opens the locale shop with these query parameters, collecting page errors and console errors. */
async function shop(page: Page, query: string) {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  await page.goto(`/locales/shop.html?${query}`);
  await heedReady(page);
  return problems;
}

test.describe('Arabic', () => {
  test.use({ viewport: { width: 800, height: 640 }, reducedMotion: 'reduce', colorScheme: 'light', locale: 'en-US', timezoneId: 'UTC' });

  test('an Arabic page lays Heed out right to left: the tab on the mirrored edge, the panel mirrored (compared with a reference)', async ({ page }) => {
    // No `ui.label`: the tab's word is heed.js's own Arabic one.
    await shop(page, 'lang=ar&dir=rtl');
    const tab = helpTab(page, 'مساعدة');
    await expect(tab).toBeVisible();
    // `ui.position: 'right'` is the inline end: the left edge in Arabic.
    expect((await tab.boundingBox())!.x).toBe(0);
    await tab.click();
    await expect(dialog(page).getByRole('heading', { name: 'كيف يمكننا مساعدتك؟' })).toBeVisible();
    expect(await dialog(page).evaluate((el) => [getComputedStyle(el).direction, el.parentElement!.getAttribute('dir')])).toEqual(['rtl', 'rtl']);
    const panel = (await dialog(page).boundingBox())!;
    expect(panel.x).toBeLessThan(800 - panel.x - panel.width);
    // The close button sits at the inline end of the header: on the left.
    const close = (await dialog(page).getByRole('button', { name: 'إغلاق المساعدة' }).boundingBox())!;
    expect(close.x).toBeLessThan(panel.x + panel.width / 2);
    await expect(page).toHaveScreenshot('arabic-panel.png', { animations: 'disabled', caret: 'hide', maxDiffPixelRatio: 0.02 });
  });

  test('Arabic plurals and numbers in the articles view', async ({ page }) => {
    await shop(page, 'lang=ar-EG&dir=rtl');
    await helpTab(page, 'مساعدة').click();
    await dialog(page).getByRole('button', { name: 'تصفّح مقالات المساعدة' }).click();
    const box = dialog(page).getByRole('searchbox', { name: 'ابحث في مقالات المساعدة' });
    await box.fill('card');
    await expect(dialog(page).getByRole('status')).toHaveText('عُثر على مقال واحد.');
    await box.fill('order');
    // Three is a "few" form in Arabic, written with the region's digits (Egypt: ٣).
    await expect(dialog(page).getByRole('status')).toHaveText(`عُثر على \u2068${new Intl.NumberFormat('ar-EG').format(3)}\u2069 مقالات.`);
  });
});

test('ui.strings overrides one string; an unknown key and a non-string are reported once each, with their paths', async ({ page }) => {
  const strings = JSON.stringify({ title: 'Fragen? Wir helfen gern.', nope: 'x', back: 5 });
  const problems = await shop(page, `lang=de&label=Hilfe&strings=${encodeURIComponent(strings)}`);
  await helpTab(page, 'Hilfe').click();
  await expect(dialog(page).getByRole('heading', { name: 'Fragen? Wir helfen gern.' })).toBeVisible();
  // Everything else is the page's language as usual.
  await expect(dialog(page).getByRole('button', { name: 'Hilfeartikel durchsuchen' })).toBeVisible();
  await helpTab(page, 'Hilfe').click();
  await helpTab(page, 'Hilfe').click();
  await expect(dialog(page)).toBeVisible();
  const errors = await heedErrors(page);
  expect(errors.filter((e) => e.code === 'config-invalid').map((e) => e.path).sort()).toEqual(['ui.strings.back', 'ui.strings.nope']);
  expect(problems).toEqual([]);
});

test('ui.locale "xx" falls back to the page’s language (here none, so English), reported once as config-invalid; no page or console errors', async ({ page }) => {
  const problems = await shop(page, 'lang=none&locale=xx');
  await expect(helpTab(page, 'Help')).toBeVisible();
  await helpTab(page, 'Help').click();
  await expect(dialog(page).getByRole('heading', { name: 'How can we help?' })).toBeVisible();
  await expect(dialog(page).getByRole('button', { name: 'Browse help articles' })).toBeVisible();
  const errors = await heedErrors(page);
  expect(errors).toEqual([expect.objectContaining({ code: 'config-invalid', path: 'ui.locale', message: expect.stringContaining('"xx" is not a language Heed speaks') })]);
  expect(problems).toEqual([]);
});

test('<html lang="xx"> falls back to English without any error', async ({ page }) => {
  const problems = await shop(page, 'lang=xx');
  await expect(helpTab(page, 'Help')).toBeVisible();
  await helpTab(page, 'Help').click();
  await expect(dialog(page).getByRole('heading', { name: 'How can we help?' })).toBeVisible();
  expect(await heedErrors(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test.describe('a page without lang', () => {
  test.use({ locale: 'fr-CA' });

  test('the browser’s languages choose, a region counting as its language (fr-CA is French)', async ({ page }) => {
    const problems = await shop(page, 'lang=none');
    await expect(helpTab(page, 'Aide')).toBeVisible();
    await expect(helpTab(page, 'Aide')).toHaveAttribute('lang', 'fr-CA');
    await helpTab(page, 'Aide').click();
    await expect(dialog(page).getByRole('heading', { name: 'Comment pouvons-nous vous aider ?' })).toBeVisible();
    // The panel says which language it speaks (the tag as the browser gave it: its region picks formats).
    await expect(widget(page).locator('[lang]').first()).toHaveAttribute('lang', 'fr-CA');
    await expect(dialog(page).getByRole('button', { name: 'Parcourir les articles d’aide' })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('ui.locale wins over the browser, and over the page', async ({ page }) => {
    await shop(page, 'lang=de&locale=pt-BR');
    await expect(helpTab(page, 'Ajuda')).toBeVisible();
    await helpTab(page, 'Ajuda').click();
    await expect(dialog(page).getByRole('heading', { name: 'Como podemos ajudar?' })).toBeVisible();
  });
});
