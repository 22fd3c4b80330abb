import { expect, test, type Page } from '@playwright/test';
import {
  PRODUCTS,
  TELLS_AVAILABILITY,
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
  type Product,
} from './helpers';

// Issue #14, `chat.load: 'page'`: the shop loads its chat product itself (e2e/fixtures/providers/
// site.js); Heed attaches to it on every page, keeps its launcher hidden and knows who is there.

/** The call each adapter makes to hide its product's launcher, as the stand-in records it. */
const HIDE: Record<Product, unknown[]> = {
  intercom: ['Intercom', 'update', { hide_default_launcher: true }],
  zendesk: ['zE', 'messenger', 'hide'],
  crisp: ['$crisp', 'do', 'chat:hide'],
  chatwoot: ['$chatwoot.toggleBubbleVisibility', 'hide'],
  tawk: ['Tawk_API.hideWidget'],
  hubspot: ['HubSpotConversations.widget.remove'],
  freshchat: ['fcWidget.hide'],
  livechat: ['LiveChatWidget.call', 'hide'],
};

const hidden = (page: Page, product: Product) =>
  runUntil(page, async () => {
    expect(await productCalls(page)).toContainEqual(HIDE[product]);
    await expect(launcher(page)).toBeHidden({ timeout: 100 });
  });

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

for (const product of PRODUCTS) {
  test(`${product}: the launcher is hidden at load, after the messenger closes, and on the next page`, async ({ page }) => {
    await standIn(page, product);
    await page.goto(productPage(product, 'page'));
    await heedReady(page);
    await hidden(page, product);

    await helpTab(page).click();
    await page.locator('heed-help').getByRole('button', { name: 'Chat with us' }).click();
    await page.locator('heed-help').getByRole('button', { name: 'Open chat' }).click();
    await runUntil(page, () => expect(productMessenger(page)).toBeVisible({ timeout: 100 }));
    await productMessenger(page).getByRole('button', { name: 'Close messenger' }).click();
    await runUntil(page, () => expect(productMessenger(page)).toBeHidden({ timeout: 100 }));
    await expect(launcher(page)).toBeHidden();
    await expect(helpTab(page)).toBeFocused();

    // The next page starts the product afresh (Crisp's `chat:hide` lasts one page): hidden again.
    await page.goto(productPage(product, 'page') + '&page=2');
    await heedReady(page);
    await hidden(page, product);
    expect(await events(page, 'error')).toEqual([]);
  });
}

for (const product of TELLS_AVAILABILITY) {
  test(`${product}: with nobody there, no live chat is offered`, async ({ page }) => {
    await standIn(page, product);
    await page.goto(productPage(product, 'page', 'offline'));
    await heedReady(page);
    await hidden(page, product);
    await beActive(page, 16);
    await search(page, 'laser tripod');
    await search(page, 'laser stand');
    await page.clock.runFor(2500);
    await expect(offerCard(page)).toBeVisible();
    expect((await events(page, 'offer'))[0]).toMatchObject({ kind: 'nudge' });
    expect((await events(page, 'suppress')).map((e) => e.rule)).toContain('unavailable');
  });
}

test('chatwoot: a widget that opens itself for an unread message is closed again; Heed decides when', async ({ page }) => {
  await standIn(page, 'chatwoot');
  await page.goto(productPage('chatwoot', 'page', 'unread'));
  await heedReady(page);
  await hidden(page, 'chatwoot');
  await runUntil(page, async () => expect(await productCalls(page)).toContainEqual(['$chatwoot.toggle', 'close']));
  await expect(productMessenger(page)).toBeHidden();
  await expect(launcher(page)).toBeHidden();
  expect(await events(page, 'open')).toEqual([]);
});
