import {
  agentMessage,
  chatStatus,
  conversationIdOf,
  expect,
  openConversation,
  reply,
  say,
  startConversation,
  storedThread,
  test,
  unique,
  visitorMessage,
} from '../fixtures/chat/chat';

test('messages written while offline are delivered exactly once when the connection returns', async ({ page, context, agentConsole }) => {
  const first = unique('My drill stopped charging.');
  await startConversation(page, first);

  await context.setOffline(true);
  await expect(chatStatus(page)).toContainText('Reconnecting…');
  const second = unique('It is the 18 V model.');
  const third = unique('Bought in March.');
  await say(page, second);
  await say(page, third);
  for (const text of [second, third]) {
    await expect(visitorMessage(page, text)).toHaveAttribute('data-state', 'pending');
    await expect(visitorMessage(page, text)).toContainText('Sending…');
  }

  await context.setOffline(false);
  for (const text of [second, third]) await expect(visitorMessage(page, text)).toHaveAttribute('data-state', 'delivered');
  await expect(chatStatus(page)).toHaveText('');

  // A message whose socket dies right after sending it (the ack may never come) is resent with
  // the same id, and the relay keeps it once.
  const fourth = unique('Is it under warranty?');
  await say(page, fourth);
  await context.setOffline(true);
  await context.setOffline(false);
  await expect(visitorMessage(page, fourth)).toHaveAttribute('data-state', 'delivered');

  const agent = await agentConsole();
  await openConversation(agent, fourth);
  const stored = await storedThread(agent, await conversationIdOf(page));
  expect(stored.map((m) => m.text)).toEqual([first, second, third, fourth]);
  expect(stored.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
  await expect(agent.getByRole('list', { name: 'Messages' }).getByRole('listitem')).toHaveCount(4);

  // And the thread in the visitor's view holds each message once.
  for (const text of [first, second, third, fourth]) await expect(visitorMessage(page, text)).toHaveCount(1);
  await reply(agent, 'Yes, two years.');
  await expect(agentMessage(page, 'Yes, two years.')).toBeVisible();
});
