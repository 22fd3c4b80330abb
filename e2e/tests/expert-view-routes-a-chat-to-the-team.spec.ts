import { chatLog, expect, messageBox, say, test, unique, widget } from '../fixtures/chat/chat';
import { expertPage, openExperts, team } from '../fixtures/experts/experts';
import { open } from './helpers';

test('on checkout the billing team comes first with its channels, and a chat started there shows the team in the console', async ({ page, agentConsole }) => {
  const agent = await agentConsole();
  await open(page, expertPage('checkout'));
  await openExperts(page);

  const teams = widget(page).locator('.team');
  await expect(teams.first()).toHaveAttribute('data-team', 'Billing team');
  const billing = team(page, 'Billing team');
  await expect(billing).toContainText('Invoices, refunds, cards and payment problems.');
  await expect(billing).toContainText('Available now.');
  await expect(billing.getByRole('button')).toHaveText(['Chat with Billing team', 'Request a callback', 'Send a message']);
  // The other teams are one step away, each once, and no topic key is shown raw.
  await expect(widget(page).locator('details .team')).toHaveCount(2);
  await expect(widget(page).locator('details .team').first()).toBeHidden();
  await widget(page).getByText('Other teams').click();
  await expect(widget(page).locator('details .team')).toHaveText([/Tool specialists/, /Customer care/]);
  // With a relay to take them, email requests are a form (the relay keeps them for the team).
  await expect(team(page, 'Customer care').getByRole('button')).toHaveText(['Send a message']);
  const text = (await widget(page).getByRole('dialog').textContent()) ?? '';
  for (const key of ['billing', 'payments', 'products', 'account']) expect(text).not.toMatch(new RegExp(`\\b${key}\\b`));

  await billing.getByRole('button', { name: 'Chat with Billing team' }).click();
  await expect(messageBox(page)).toBeVisible();
  await expect(widget(page).locator('.chat')).toContainText('Your chat is with Billing team.');
  const question = unique('Was my card charged twice?');
  await say(page, question);
  await expect(chatLog(page).locator('.msg.visitor', { hasText: question })).toHaveAttribute('data-state', 'delivered');

  // The console shows which team the chat is for, and filters by it.
  const entry = agent.getByRole('list', { name: 'Conversations' }).getByRole('button').filter({ hasText: question });
  await expect(entry).toContainText('For Billing team');
  await agent.getByLabel('Show team').selectOption('Billing team');
  await expect(entry).toBeVisible();
  await entry.click();
  await expect(agent.getByRole('definition').filter({ hasText: 'Billing team' })).toBeVisible();
});

test('a visitor already chatting who turns to the billing team: the conversation is marked for that team', async ({ page, agentConsole }) => {
  const agent = await agentConsole();
  await open(page, expertPage('account'));
  await widget(page).getByRole('button', { name: 'Help', exact: true }).click();
  await widget(page).getByRole('dialog').getByRole('button', { name: 'Chat with us' }).click();
  const first = unique('Hello, a question about my account');
  await say(page, first);
  const entry = agent.getByRole('list', { name: 'Conversations' }).getByRole('button').filter({ hasText: first });
  await expect(entry).toBeVisible();
  await expect(entry).not.toContainText('For Billing team');

  await widget(page).getByRole('button', { name: 'Back to help options' }).click();
  await widget(page).getByRole('dialog').getByRole('button', { name: 'Talk to an expert' }).click();
  // No page topic here: every team is listed, none hidden.
  await team(page, 'Billing team').getByRole('button', { name: 'Chat with Billing team' }).click();
  const second = unique('Actually it is about an invoice');
  await say(page, second);
  await expect(agent.getByRole('list', { name: 'Conversations' }).getByRole('button').filter({ hasText: second })).toContainText('For Billing team');
});
