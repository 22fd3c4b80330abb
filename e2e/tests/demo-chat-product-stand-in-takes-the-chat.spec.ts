import { expect, test } from '@playwright/test';
import { type DemoServer, helpTab, launcher, productMessenger, recordHeedEvents, runUntil, startDemo } from './helpers';

// The demo's /chat-product.html: the shop loads a stand-in for Crisp itself, and Heed hands the
// chat to it (issue #14). Nothing leaves for another host.

let demo: DemoServer;
test.beforeAll(async () => {
  demo = await startDemo();
});
test.afterAll(async () => {
  await demo?.close();
});

test('the demo hands the chat to a clearly labelled stand-in and keeps its launcher hidden', async ({ page }) => {
  const elsewhere: string[] = [];
  page.on('request', (request) => void (new URL(request.url()).hostname !== '127.0.0.1' && elsewhere.push(request.url())));
  await recordHeedEvents(page);
  await page.clock.install();
  await page.goto(`${demo.url}/chat-product.html`);
  await expect(page.getByText('This page uses a stand-in, not a real chat product.')).toBeVisible();
  await runUntil(page, () => expect(launcher(page)).toBeHidden({ timeout: 100 }));
  await helpTab(page).click();
  await page.locator('heed-help').getByRole('button', { name: 'Chat with us' }).click();
  await page.locator('heed-help').getByRole('button', { name: 'Open chat' }).click();
  await runUntil(page, () => expect(productMessenger(page)).toBeVisible({ timeout: 100 }));
  await expect(productMessenger(page)).toContainText('Stand-in for a chat product');
  await productMessenger(page).getByRole('button', { name: 'Close messenger' }).click();
  await expect(helpTab(page)).toBeFocused();
  await expect(launcher(page)).toBeHidden();
  expect(elsewhere).toEqual([]);
});
