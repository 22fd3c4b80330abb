import {
  agentMessage,
  chatPage,
  conversationIdOf,
  expect,
  messageBox,
  openChat,
  openConversation,
  panel,
  reply,
  say,
  searchFor,
  storedThread,
  test,
  unique,
  visitorMessage,
  widget,
} from '../fixtures/chat/chat';
import { open } from './helpers';

test('a visitor opens chat from the tab, shares what Heed noticed, and talks with an agent', async ({ page, agentConsole }) => {
  const agent = await agentConsole();
  await open(page, chatPage());
  await searchFor(page, 'laser tripod');
  await searchFor(page, 'laser tripod');
  await openChat(page);

  // Before the first message: what Heed noticed, and the choice to share it (on by default).
  const noticed = "We noticed: you searched for 'laser tripod' twice with no results on /chat/";
  await expect(panel(page).getByText(noticed)).toBeVisible();
  await expect(panel(page).getByRole('checkbox', { name: 'Share this with the agent' })).toBeChecked();
  await expect(panel(page).getByRole('heading', { name: 'Leave a message' })).toHaveCount(0);

  const question = unique('Which tripod fits a laser level?');
  await messageBox(page).fill(question);
  await panel(page).getByRole('button', { name: 'Send' }).click();
  await expect(visitorMessage(page, question)).toHaveAttribute('data-state', 'delivered');
  await expect(visitorMessage(page, question)).toContainText('Delivered');
  await expect(messageBox(page)).toHaveValue('');
  // The summary was for the first message only.
  await expect(panel(page).getByText(noticed)).toHaveCount(0);

  // The agent sees the message with the shared context.
  await openConversation(agent, question);
  await expect(agent.getByRole('heading', { name: 'Conversation on /chat/' })).toBeVisible();
  await expect(agent.locator('#context')).toContainText("you searched for 'laser tripod' twice with no results on /chat/");
  await expect(agent.locator('#context')).toContainText('Tool shop search');

  // The visitor sees the agent typing, then the reply, with only the http(s) link clickable.
  await agent.getByRole('textbox', { name: 'Reply' }).pressSequentially('The TR-2');
  await expect(widget(page).getByText('Agent is typing…')).toBeVisible();
  await reply(agent, 'The TR-2 fits: https://shop.example/tr-2. (Not javascript:alert(1) though.)');
  const answer = agentMessage(page, 'The TR-2 fits');
  await expect(answer).toBeVisible();
  await expect(answer.getByRole('link')).toHaveCount(1);
  await expect(answer.getByRole('link', { name: 'https://shop.example/tr-2' })).toHaveAttribute('href', 'https://shop.example/tr-2');
  await expect(widget(page).getByText('Agent is typing…')).toHaveCount(0);

  // Shift+Enter is a new line, Enter sends; the agent sees the visitor typing meanwhile.
  await messageBox(page).pressSequentially('Thanks!');
  await expect(agent.getByText('Visitor is typing…')).toBeVisible();
  await messageBox(page).press('Shift+Enter');
  await messageBox(page).pressSequentially('Ordering now.');
  await messageBox(page).press('Enter');
  await expect(visitorMessage(page, 'Ordering now.')).toHaveAttribute('data-state', 'delivered');
  await expect(agent.getByRole('list', { name: 'Messages' })).toContainText('Thanks!\nOrdering now.');

  const stored = await storedThread(agent, await conversationIdOf(page));
  expect(stored.map((m) => [m.from, m.text])).toEqual([
    ['visitor', question],
    ['agent', 'The TR-2 fits: https://shop.example/tr-2. (Not javascript:alert(1) though.)'],
    ['visitor', 'Thanks!\nOrdering now.'],
  ]);
  expect(stored[0].context).toEqual({
    page: '/chat/',
    title: 'Tool shop search',
    summary: "you searched for 'laser tripod' twice with no results on /chat/",
  });
  expect(stored[2].context).toBeUndefined();
});

test('a visitor who unticks "Share this with the agent" sends only their words', async ({ page, agentConsole }) => {
  await open(page, chatPage());
  await searchFor(page, 'laser tripod');
  await openChat(page);
  await expect(panel(page).getByText("We noticed: you searched for 'laser tripod' with no results on /chat/")).toBeVisible();
  await panel(page).getByRole('checkbox', { name: 'Share this with the agent' }).uncheck();
  const question = unique('Do you ship to Norway?');
  await say(page, question);
  await expect(visitorMessage(page, question)).toHaveAttribute('data-state', 'delivered');

  const agent = await agentConsole();
  await openConversation(agent, question);
  await expect(agent.locator('#context')).toContainText('None shared');
  const stored = await storedThread(agent, await conversationIdOf(page));
  expect(stored).toHaveLength(1);
  expect(stored[0].context).toBeUndefined();
});
