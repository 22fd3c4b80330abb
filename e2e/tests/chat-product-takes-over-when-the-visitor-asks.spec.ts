import { expect, test, type Page } from '@playwright/test';
import {
  PRODUCTS,
  SCRIPT,
  TAKES_CONTEXT,
  beActive,
  events,
  heedReady,
  helpTab,
  launcher,
  offerCard,
  productCalls,
  productMessenger,
  productPage,
  runUntil,
  search,
  standIn,
} from './helpers';

// Issue #14: Heed's tab and policy decide when, the site's chat product answers. Each product is a
// stand-in (e2e/fixtures/providers/) served at its real script address.

const panel = (page: Page) => page.locator('heed-help').getByRole('dialog', { name: 'Chat with us' });
const NOTICED = "you searched for 'laser tripod' with no results, you changed your search to 'laser stand' and you searched for 'laser stand' with no results on /providers/";

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

/** The shop's visitor, past the entry window, fails two searches: a chat offer is due. */
async function struggle(page: Page, url: string) {
  await page.goto(url);
  await heedReady(page);
  await beActive(page, 16);
  await search(page, 'laser tripod');
  await search(page, 'laser stand');
  await page.clock.runFor(2500);
  await expect(offerCard(page)).toBeVisible();
}

for (const product of PRODUCTS) {
  test.describe(product, () => {
    test('on demand, a visitor who never asks loads nothing of the product', async ({ page }) => {
      const elsewhere = await standIn(page, product);
      const chunks: string[] = [];
      page.on('request', (request) => void (/heed-(provider|messenger|productchat)-/.test(request.url()) && chunks.push(request.url())));
      await struggle(page, productPage(product));
      expect((await events(page, 'offer'))[0]).toMatchObject({ kind: 'chat' });
      await offerCard(page).getByRole('button', { name: 'No thanks' }).click();
      await helpTab(page).click();
      await page.locator('heed-help').getByRole('button', { name: 'Talk to an expert' }).click();
      await page.clock.runFor(2000);
      expect(elsewhere).toEqual([]);
      expect(chunks).toEqual([]);
      await expect(launcher(page)).toHaveCount(0);
    });

    test('accepting the chat offer opens the messenger with what the visitor agreed to share, and closing it hands back to the tab', async ({ page }) => {
      const elsewhere = await standIn(page, product);
      await struggle(page, productPage(product));
      await offerCard(page).getByRole('button', { name: 'Chat with us' }).click();
      await expect(panel(page).getByText(`We noticed: ${NOTICED}`)).toBeVisible();
      await expect(panel(page).getByRole('checkbox', { name: 'Share this with the agent' })).toBeChecked();
      await panel(page).getByRole('button', { name: 'Open chat' }).click();
      await runUntil(page, () => expect(productMessenger(page)).toBeVisible({ timeout: 200 }));
      expect(elsewhere).toEqual([SCRIPT[product]]);
      // The product's launcher never showed past its first moment, and Heed's panel stepped aside.
      await expect(launcher(page)).toBeHidden();
      await expect(panel(page)).toBeHidden();
      const calls = JSON.stringify(await productCalls(page));
      if (TAKES_CONTEXT.includes(product)) expect(calls).toContain(NOTICED);
      else expect(calls).not.toContain('laser');

      await productMessenger(page).getByRole('button', { name: 'Close messenger' }).click();
      await runUntil(page, () => expect(productMessenger(page)).toBeHidden({ timeout: 200 }));
      await expect(launcher(page)).toBeHidden();
      await expect(helpTab(page)).toBeFocused();
      await expect(helpTab(page)).toHaveAttribute('aria-expanded', 'false');
      const log = await events(page);
      expect(log.filter((e) => e.name === 'accept')).toMatchObject([{ channel: 'chat' }]);
      expect(log.filter((e) => e.name === 'open' || e.name === 'close').map(({ name, view, by }) => ({ name, view, by }))).toEqual([
        { name: 'open', view: 'chat', by: 'offer' },
        { name: 'close', view: 'chat', by: 'visitor' },
      ]);
      expect(log.filter((e) => e.name === 'error')).toEqual([]);

      // The tab opens it again; the launcher stays hidden after this close too.
      await helpTab(page).click();
      await page.locator('heed-help').getByRole('button', { name: 'Chat with us' }).click();
      await panel(page).getByRole('button', { name: 'Open chat' }).click();
      await runUntil(page, () => expect(productMessenger(page)).toBeVisible({ timeout: 200 }));
      await helpTab(page).click();
      await runUntil(page, () => expect(productMessenger(page)).toBeHidden({ timeout: 200 }));
      await expect(launcher(page)).toBeHidden();
    });

    test('a product that never gets ready is reported once, the visitor is told, and the tab keeps working', async ({ page }) => {
      await standIn(page, product, 'hang');
      await page.goto(productPage(product));
      await heedReady(page);
      await helpTab(page).click();
      await page.locator('heed-help').getByRole('button', { name: 'Chat with us' }).click();
      await panel(page).getByRole('button', { name: 'Open chat' }).click();
      await expect(panel(page).getByRole('status')).toHaveText('Connecting to chat… It opens in a moment.');
      // The product has 10 s to get ready.
      const told = panel(page).getByText('Chat could not load. It may be blocked in this browser, or the connection may be down.');
      await page.clock.runFor(9_000);
      await expect(told).toHaveCount(0);
      await runUntil(page, () => expect(told).toBeVisible({ timeout: 200 }), 2000);
      // Offered what does not need the product.
      await panel(page).getByRole('button', { name: 'Contact us another way' }).click();
      await expect(page.locator('heed-help').getByRole('link', { name: 'Email Shop team' })).toBeVisible();
      await helpTab(page).click();
      await helpTab(page).click();
      await page.locator('heed-help').getByRole('button', { name: 'Chat with us' }).click();
      await expect(panel(page).getByText('Chat could not load.', { exact: false })).toBeVisible();
      await page.clock.runFor(20_000);
      const errors = await events(page, 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ code: 'provider' });
      expect(String(errors[0]!.message)).toContain(`${product} did not become ready`);
    });
  });
}

test('a product blocked by the browser is reported at once and the visitor is offered the other ways', async ({ page }) => {
  await standIn(page, 'intercom', 'block');
  await page.goto(productPage('intercom'));
  await heedReady(page);
  await helpTab(page).click();
  await page.locator('heed-help').getByRole('button', { name: 'Chat with us' }).click();
  // The view asks for the product as it opens: blocked, it says so before the visitor clicks anything.
  await expect(panel(page).getByRole('button', { name: 'Contact us another way' })).toBeVisible();
  await expect(panel(page).getByRole('button', { name: 'Open chat' })).toHaveCount(0);
  expect(await events(page, 'error')).toMatchObject([{ code: 'provider', message: "intercom's script did not load (blocked, or offline?)" }]);
});

test('a visitor who unticks sharing opens the messenger without anything Heed noticed', async ({ page }) => {
  await standIn(page, 'crisp');
  await struggle(page, productPage('crisp'));
  await offerCard(page).getByRole('button', { name: 'Chat with us' }).click();
  await panel(page).getByRole('checkbox', { name: 'Share this with the agent' }).uncheck();
  await panel(page).getByRole('button', { name: 'Open chat' }).click();
  await runUntil(page, () => expect(productMessenger(page)).toBeVisible({ timeout: 200 }));
  const calls = await productCalls(page);
  expect(JSON.stringify(calls)).not.toContain('laser');
  expect(calls.filter(([, verb]) => verb === 'set')).toEqual([]);
  await expect(productMessenger(page).getByRole('textbox')).toHaveValue('');
});

test('the npm packages hand off too: an app with mountWidget opens the product from its own chunks', async ({ page }) => {
  await standIn(page, 'crisp');
  const chunks: string[] = [];
  page.on('request', (request) => void (/\/spa-build\/.*(crisp|messenger)/.test(request.url()) && chunks.push(request.url())));
  await page.goto('/spa/?product=crisp');
  await page.waitForFunction(() => (window as unknown as { spaHeed?: { ready: Promise<unknown> } }).spaHeed?.ready);
  await helpTab(page, 'Need help?').click();
  await page.locator('heed-help').getByRole('button', { name: 'Chat with us' }).click();
  await panel(page).getByRole('button', { name: 'Open chat' }).click();
  await runUntil(page, () => expect(productMessenger(page)).toBeVisible({ timeout: 200 }));
  await expect(launcher(page)).toBeHidden();
  expect(chunks.length).toBeGreaterThanOrEqual(2);
  await productMessenger(page).getByRole('button', { name: 'Close messenger' }).click();
  await runUntil(page, () => expect(productMessenger(page)).toBeHidden({ timeout: 200 }));
  await expect(helpTab(page, 'Need help?')).toBeFocused();
  await expect(launcher(page)).toBeHidden();
});

test('destroy() closes the messenger and takes away the script Heed added', async ({ page }) => {
  await standIn(page, 'crisp');
  await page.goto(productPage('crisp'));
  await heedReady(page);
  await helpTab(page).click();
  await page.locator('heed-help').getByRole('button', { name: 'Chat with us' }).click();
  await panel(page).getByRole('button', { name: 'Open chat' }).click();
  await runUntil(page, () => expect(productMessenger(page)).toBeVisible({ timeout: 200 }));
  await expect(page.locator(`script[src="${SCRIPT.crisp}"]`)).toHaveCount(1);
  await page.evaluate(() => (window as unknown as { heed: { destroy(): void } }).heed.destroy());
  await expect(productMessenger(page)).toBeHidden();
  await expect(launcher(page)).toBeHidden();
  await expect(page.locator(`script[src="${SCRIPT.crisp}"]`)).toHaveCount(0);
  await expect(page.locator('heed-help')).toHaveCount(0);
  expect(await events(page, 'error')).toEqual([]);
});
