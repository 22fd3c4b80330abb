import {
  agentMessage,
  chatLog,
  chatPage,
  conversationIdOf,
  expect,
  openChat,
  openConversation,
  reply,
  say,
  storedThread,
  test,
  unique,
  visitorMessage,
} from '../fixtures/chat/chat';
import { heedReady, open } from './helpers';

test('reloading the page mid-conversation keeps the thread, and the conversation goes on', async ({ page, agentConsole }) => {
  const agent = await agentConsole();
  await open(page, chatPage());
  await openChat(page);
  const question = unique('Can I return opened paint?');
  await say(page, question);
  await openConversation(agent, question);
  await reply(agent, 'Within 14 days, yes.');
  await expect(agentMessage(page, 'Within 14 days, yes.')).toBeVisible();
  const conversationId = await conversationIdOf(page);

  await page.reload();
  await heedReady(page);
  await openChat(page);
  await expect(visitorMessage(page, question)).toHaveAttribute('data-state', 'delivered');
  await expect(agentMessage(page, 'Within 14 days, yes.')).toBeVisible();
  await expect(chatLog(page).locator('.msg')).toHaveCount(2);
  // No summary and share choice once the conversation has started.
  await expect(page.locator('heed-help').getByRole('checkbox', { name: 'Share this with the agent' })).toHaveCount(0);

  const more = unique('Even if it was tinted?');
  await say(page, more);
  await expect(visitorMessage(page, more)).toHaveAttribute('data-state', 'delivered');
  expect(await conversationIdOf(page)).toBe(conversationId);
  await expect(agent.getByRole('list', { name: 'Messages' })).toContainText(more);
  expect((await storedThread(agent, conversationId)).map((m) => m.text)).toEqual([question, 'Within 14 days, yes.', more]);
});

test('the conversation continues in another tab of the same site', async ({ page, context }) => {
  await open(page, chatPage());
  await openChat(page);
  const question = unique('Do you sell spirit levels?');
  await say(page, question);
  await expect(visitorMessage(page, question)).toHaveAttribute('data-state', 'delivered');

  const other = await context.newPage();
  await open(other, chatPage());
  await openChat(other);
  await expect(visitorMessage(other, question)).toHaveAttribute('data-state', 'delivered');
  expect(await conversationIdOf(other)).toBe(await conversationIdOf(page));

  // Written in the second tab, it appears in the first through the relay.
  const followUp = unique('A 60 cm one.');
  await say(other, followUp);
  await expect(visitorMessage(page, followUp)).toHaveAttribute('data-state', 'delivered');
  for (const tab of [page, other]) await expect(chatLog(tab).locator('.msg')).toHaveCount(2);
});
