import type { Page, WebSocket } from '@playwright/test';
import { chatPage, expect, openChat, panel, say, test, unique, visitorMessage, widget } from '../fixtures/chat/chat';
import { open } from './helpers';

const recordSockets = (page: Page) => {
  const sockets: WebSocket[] = [];
  page.on('websocket', (socket) => sockets.push(socket));
  return sockets;
};

test('leaving the chat view closes its socket; opening it again picks the thread up', async ({ page }) => {
  const sockets = recordSockets(page);
  await open(page, chatPage());
  await openChat(page);
  const text = unique('Just looking, thanks.');
  await say(page, text);
  await expect(visitorMessage(page, text)).toHaveAttribute('data-state', 'delivered');
  expect(sockets).toHaveLength(1);

  await panel(page).getByRole('button', { name: 'Back to help options' }).click();
  await expect.poll(() => sockets[0].isClosed()).toBe(true);
  await panel(page).getByRole('button', { name: 'Chat with us' }).click();
  await expect(visitorMessage(page, text)).toHaveAttribute('data-state', 'delivered');
  // One socket per tab: the new one replaces the old. The thread shows from its saved copy before
  // the new socket has opened, so wait for the socket rather than read it at once.
  await expect.poll(() => sockets.filter((socket) => !socket.isClosed()).length).toBe(1);
  expect(sockets).toHaveLength(2);
});

test('heed.destroy() closes the chat socket and nothing reconnects afterwards', async ({ page }) => {
  const sockets = recordSockets(page);
  await open(page, chatPage());
  await openChat(page);
  await say(page, unique('Hello?'));
  await expect(widget(page).locator('.msg.visitor')).toHaveAttribute('data-state', 'delivered');

  await page.evaluate(() => (window as unknown as { heed: { destroy(): void } }).heed.destroy());
  await expect(page.locator('heed-help')).toHaveCount(0);
  await expect.poll(() => sockets.every((socket) => socket.isClosed())).toBe(true);
  // No timer brings it back.
  await page.waitForTimeout(1500);
  expect(sockets).toHaveLength(1);
});
