import { chatPage, expect, openChat, say, test, visitorMessage, widget } from '../fixtures/chat/chat';
import { open } from './helpers';

test('a relay that stays unreachable is reported once as an error event, without noise before', async ({ page }) => {
  await page.clock.install();
  // Nothing listens on port 9 (discard): every connection attempt fails.
  await open(page, chatPage('ws://127.0.0.1:9'));
  await openChat(page);
  await expect(widget(page).locator('.chat').getByRole('status')).toContainText('Reconnecting…');
  const chatErrors = () =>
    page.evaluate(() => (window as unknown as { log: Array<[string, { code?: string }]> }).log.filter(([name, e]) => name === 'error' && e.code === 'chat').length);

  // A short outage is not an error.
  await page.clock.runFor(5_000);
  expect(await chatErrors()).toBe(0);
  // A long one is, once.
  for (let i = 0; i < 30 && (await chatErrors()) === 0; i++) {
    await page.clock.runFor(2_000);
    await page.waitForTimeout(50);
  }
  await page.clock.runFor(120_000);
  await page.waitForTimeout(200);
  expect(await chatErrors()).toBe(1);
  const [[, error]] = await page.evaluate(() => (window as unknown as { log: Array<[string, { code?: string; message?: string }]> }).log.filter(([name]) => name === 'error'));
  expect(error.message).toMatch(/^cannot reach the chat relay at ws:\/\/127\.0\.0\.1:9 \(\d+ attempts\)$/);

  // The visitor can still write: the message waits in the outbox.
  await say(page, 'Anyone there?');
  await expect(visitorMessage(page, 'Anyone there?')).toHaveAttribute('data-state', 'pending');
});
