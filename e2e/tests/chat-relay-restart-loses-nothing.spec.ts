import {
  agentMessage,
  chatLog,
  chatPage,
  chatStatus,
  conversationIdOf,
  expect,
  openChat,
  openConversation,
  reply,
  say,
  storedThread,
  test,
  visitorMessage,
} from '../fixtures/chat/chat';
import { heedReady, open } from './helpers';

test('the relay restarting mid-conversation loses nothing, even across a page reload', async ({ page, ownRelay, agentConsole }) => {
  test.setTimeout(90_000);
  const agent = await agentConsole(ownRelay.url);
  await open(page, chatPage(ownRelay.wsUrl));
  await openChat(page);
  await say(page, 'My order has not arrived.');
  await openConversation(agent, 'My order has not arrived.');
  await reply(agent, 'Let me check the tracking.');
  await expect(agentMessage(page, 'Let me check the tracking.')).toBeVisible();
  const conversationId = await conversationIdOf(page);

  await ownRelay.stop();
  await expect(chatStatus(page)).toContainText('Reconnecting…');
  await say(page, 'Order number 1042.');
  await expect(visitorMessage(page, 'Order number 1042.')).toHaveAttribute('data-state', 'pending');

  // The visitor moves on while the relay is down: the message waits in the outbox.
  await page.reload();
  await heedReady(page);
  await openChat(page);
  await expect(visitorMessage(page, 'Order number 1042.')).toHaveAttribute('data-state', 'pending');
  await expect(agentMessage(page, 'Let me check the tracking.')).toBeVisible();

  await ownRelay.start();
  await expect(visitorMessage(page, 'Order number 1042.')).toHaveAttribute('data-state', 'delivered', { timeout: 40_000 });
  await expect(chatStatus(page)).toHaveText('');
  // The console reconnects by itself and gets the message.
  await expect(agent.getByRole('list', { name: 'Messages' })).toContainText('Order number 1042.', { timeout: 40_000 });
  await reply(agent, 'It ships tomorrow.');
  await expect(agentMessage(page, 'It ships tomorrow.')).toBeVisible();

  expect((await storedThread(agent, conversationId)).map((m) => m.text)).toEqual([
    'My order has not arrived.',
    'Let me check the tracking.',
    'Order number 1042.',
    'It ships tomorrow.',
  ]);
  await expect(chatLog(page).locator('.msg')).toHaveCount(4);
});
