import { agentMessage, chatPage, expect, openChat, openConversation, panel, reply, say, test, unique, visitorMessage } from '../fixtures/chat/chat';
import { open } from './helpers';

test('with no agent online the visitor leaves a message, and the agent sees it later', async ({ page, ownRelay, agentConsole }) => {
  await open(page, chatPage(ownRelay.wsUrl));
  await openChat(page);
  await expect(panel(page).getByRole('heading', { name: 'Leave a message' })).toBeVisible();
  await expect(panel(page)).toContainText('we will reply here as soon as we can');
  await say(page, 'Please call me about a bulk order.');
  await expect(visitorMessage(page, 'Please call me about a bulk order.')).toHaveAttribute('data-state', 'delivered');

  // An agent comes online later and finds the message waiting.
  const agent = await agentConsole(ownRelay.url);
  await openConversation(agent, 'Please call me about a bulk order.');
  // The visitor's view notices someone is there now.
  await expect(panel(page).getByRole('heading', { name: 'Leave a message' })).toHaveCount(0);
  await reply(agent, 'Happy to. What is your number?');
  await expect(agentMessage(page, 'Happy to. What is your number?')).toBeVisible();
});

test('outside the chat hours it is "Leave a message" even with an agent online', async ({ page, agentConsole }) => {
  await agentConsole();
  // A Monday noon in UTC; chat is open on Saturday mornings only.
  await page.clock.setFixedTime(new Date('2025-11-24T12:00:00Z'));
  await open(page, chatPage(undefined, 'Sat 09:00-12:00'));
  await openChat(page);
  await expect(panel(page).getByRole('heading', { name: 'Leave a message' })).toBeVisible();
  const text = unique('Do you rent out floor sanders?');
  await say(page, text);
  await expect(visitorMessage(page, text)).toHaveAttribute('data-state', 'delivered');
});
