import { expect, test, type Page } from '@playwright/test';
import { heedReady, helpTab, recorded } from './helpers';

// Every way a config link has been seen to smuggle script in: the scheme in any case, behind a
// leading space, split by a tab or a newline (browsers drop both), and the other script-capable schemes.
const HOSTILE = ['javascript:alert(1)', 'JaVaScRiPt:alert(2)', ' javascript:alert(3)', 'java\tscript:alert(4)', 'java\nscript:alert(5)', 'data:text/html,<script>alert(6)</script>', 'vbscript:msgbox(7)'];
const config = {
  articles: [...HOSTILE.map((url, i) => ({ title: `Hostile ${i}`, url })), { title: 'Returns', url: '/help/returns' }],
  experts: [
    { topic: 'billing', name: 'Billing', channels: ['booking', 'email'], bookingUrl: 'javascript:alert(8)', email: 'javascript:alert(9)' },
    { topic: 'returns', name: 'Returns', channels: ['booking', 'email'], bookingUrl: 'https://book.example/returns', email: 'returns@shop.example' },
  ],
};

// A page whose owner wrote that config inline, with the fixtures' event recorder.
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Links</title><link rel="icon" href="data:,">
<script>window.heed = window.heed || []; window.log = [];
heed.push(['on', 'error', function (p) { log.push(['error', p]); }]);
addEventListener('heed:ready', function () { log.push(['ready']); });</script>
<script async src="/heed/heed.js"></script>
<script type="application/json" id="heed-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
</head><body><main><h1>Orders</h1></main></body></html>`;

/** The href of every link in Heed's shadow DOM. */
const linksInHeed = (page: Page) => page.locator('heed-help').evaluate((host) => [...host.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''));

test('hostile article, booking and email links: none is rendered, each is reported with its path, and clicking what is there runs no script', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await page.route('**/orders.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.route('**/help/returns', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Returns help</title><h1>Returns help</h1>' }));
  await page.goto('/orders.html');
  await heedReady(page);
  const panel = page.locator('heed-help').getByRole('dialog');

  await helpTab(page).click();
  await panel.getByRole('button', { name: 'Talk to an expert' }).click();
  await expect(panel.getByText('Returns', { exact: false }).first()).toBeVisible();
  // Only the good expert's links, in the team's order of channels; Billing has no way left to reach it and is left out.
  expect(await linksInHeed(page)).toEqual(['https://book.example/returns', 'mailto:returns@shop.example']);

  await page.keyboard.press('Escape');
  await helpTab(page).click();
  await panel.getByRole('button', { name: 'Browse help articles' }).click();
  await expect(panel.getByRole('link', { name: 'Returns' })).toBeVisible();
  const hrefs = await linksInHeed(page);
  // Clicking every link but the good one must run nothing (were any hostile one rendered, this is where it would run).
  for (const link of await panel.getByRole('link').all()) if (!(await link.getAttribute('href'))?.endsWith('/help/returns')) await link.click();
  expect(dialogs).toEqual([]);
  expect(hrefs.map((href) => new URL(href, page.url()).protocol)).toEqual(['http:']);
  expect(hrefs[0]).toMatch(/\/help\/returns$/);

  const errors = (await recorded(page, 'error')).map((e) => e.payload as { code: string; path?: string });
  expect(errors.map((e) => e.code)).toEqual(errors.map(() => 'config-invalid'));
  expect(errors.map((e) => e.path).sort()).toEqual([...HOSTILE.map((_, i) => `articles[${i}].url`), 'experts[0].bookingUrl', 'experts[0].email'].sort());

  await panel.getByRole('link', { name: 'Returns' }).click();
  await expect(page).toHaveTitle('Returns help');
  expect(dialogs).toEqual([]);
  expect(pageErrors).toEqual([]);
});
