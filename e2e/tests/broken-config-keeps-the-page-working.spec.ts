import { expect, test, type Page } from '@playwright/test';
import { heedReady, helpTab, recorded } from './helpers';

const errorsOf = async (page: Page) =>
  (await recorded(page)).filter((e) => e.name === 'error').map((e) => e.payload as { code: string; message: string; path?: string });

test('wrong types: each problem is reported once with its path, the rest falls back to defaults', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (msg) => msg.type() === 'warning' && warnings.push(msg.text()));
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await page.goto('/bad-types.html');
  await heedReady(page);
  // heed.js reports what it checks at load. Keys only the chunks read (LAZY_KEYS: the policy's limits)
  // and keys heed.js does not know wait for the first chunk, which reports them once.
  const atLoad = ['pages[0].match', 'pages[1].dwellSeconds', 'ui.label', 'ui.position'];
  expect((await errorsOf(page)).map((e) => e.path).sort()).toEqual(atLoad.sort());
  // Defaults took over: the tab still says "Help" on the right. Opening the panel loads a chunk, which reports the rest, once.
  await expect(helpTab(page)).toBeVisible();
  await helpTab(page).click();
  await expect(page.locator('heed-help').getByRole('dialog')).toBeVisible();
  await expect.poll(async () => (await errorsOf(page)).map((e) => e.path).sort()).toEqual([...atLoad, 'policy.maxOffersPerPage', 'policy.minActiveSeconds', 'unknownKey'].sort());
  const errors = await errorsOf(page);
  expect(errors.every((e) => e.code === 'config-invalid')).toBe(true);
  expect(warnings.filter((w) => w.startsWith('Heed: config'))).toHaveLength(errors.length);
  await helpTab(page).click();
  expect(pageErrors).toEqual([]);
  await page.getByRole('button', { name: 'A button' }).click();
});

test('the wording of config problems is fetched only when the config has one, and reads as the owner needs it', async ({ page }) => {
  const wording: string[] = [];
  page.on('request', (request) => /\/heed-explain-[\w-]+\.js$/.test(request.url()) && wording.push(request.url()));
  await page.goto('/basic.html');
  await heedReady(page);
  await page.mouse.move(5, 5);
  expect(await errorsOf(page)).toEqual([]);
  expect(wording).toEqual([]);
  await page.goto('/bad-types.html');
  await heedReady(page);
  // heed.js found the problems at load; the chunk gave them their words before `ready`.
  expect(wording).toHaveLength(1);
  // The rest come with the first chunk that reads the config (here the panel's), worded the same way.
  await helpTab(page).click();
  await expect.poll(async () => (await errorsOf(page)).length).toBe(7);
  const messages = Object.fromEntries((await errorsOf(page)).map((e) => [e.path, e.message]));
  expect(messages).toMatchObject({
    'pages[0].match': 'config pages[0].match required; entry ignored',
    'ui.position': 'config ui.position expected one of right, left, bottom',
    'pages[1].dwellSeconds': 'config pages[1].dwellSeconds expected number, got string',
    'policy.maxOffersPerPage': 'config policy.maxOffersPerPage expected integer, got string',
    'ui.label': 'config ui.label expected string, got number',
    unknownKey: 'config unknownKey unknown key; ignored',
  });
});

test('a config file that is not JSON reports config-parse and keeps the tab', async ({ page }) => {
  await page.goto('/bad-json.html');
  await heedReady(page);
  const errors = await errorsOf(page);
  expect(errors.map((e) => e.code)).toEqual(['config-parse']);
  await expect(helpTab(page)).toBeVisible();
});

test('a missing config file (404) reports config-fetch and keeps the tab', async ({ page }) => {
  await page.goto('/missing-config.html');
  await heedReady(page);
  const errors = await errorsOf(page);
  expect(errors).toHaveLength(1);
  expect(errors[0].code).toBe('config-fetch');
  expect(errors[0].message).toContain('HTTP 404');
  await expect(helpTab(page)).toBeVisible();
  await helpTab(page).click();
  await expect(page.locator('heed-help').getByRole('dialog')).toBeVisible();
});

test('an unreachable config server reports config-fetch and keeps the tab', async ({ page }) => {
  await page.route('**/configs/good.json', (route) => route.abort('connectionrefused'));
  await page.goto('/basic.html');
  await heedReady(page);
  expect((await errorsOf(page)).map((e) => e.code)).toEqual(['config-fetch']);
  await expect(helpTab(page)).toBeVisible();
});
