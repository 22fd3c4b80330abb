import { expect, test, widget } from '../fixtures/chat/chat';
import { expertPage, openExperts, team } from '../fixtures/experts/experts';
import { open } from './helpers';

// A visitor in New York; the billing team works Mon–Fri 09:00–17:00 in Berlin.
test.use({ timezoneId: 'America/New_York', locale: 'en-US' });

const HOURS = 'Mon-Fri 09:00-17:00';

test('a team closed for the weekend is not offered live: the view says when it is back, on the visitor’s clock, and offers a callback', async ({ page, agentConsole }) => {
  await agentConsole();
  // Saturday 28 November 2026, 10:00 in New York (16:00 in Berlin).
  await page.clock.setFixedTime(new Date('2026-11-28T15:00:00Z'));
  await open(page, expertPage('checkout', { hours: HOURS }));
  await openExperts(page);
  const billing = team(page, 'Billing team');
  // Monday 09:00 in Berlin is 03:00 in New York.
  await expect(billing).toContainText('Not available for a live chat right now. Back Monday 03:00 AM your time. You can ask for a callback or send a message now.');
  await expect(billing.getByRole('button')).toHaveText(['Request a callback', 'Send a message']);
  await expect(widget(page).getByRole('button', { name: /Chat with/ })).toHaveCount(0);
});

test('a holiday in the team’s own zone closes it all day, and "back" moves past it', async ({ page, agentConsole }) => {
  await agentConsole();
  // Monday 30 November, 10:00 in Berlin, is a holiday of the team.
  await page.clock.setFixedTime(new Date('2026-11-30T09:00:00Z'));
  await open(page, expertPage('checkout', { hours: HOURS, holidays: ['2026-11-30'] }));
  await openExperts(page);
  const billing = team(page, 'Billing team');
  await expect(billing).toContainText('Back tomorrow at 03:00 AM your time.');
  await expect(billing.getByRole('button', { name: 'Request a callback' })).toBeVisible();
  await expect(billing.getByRole('button', { name: /Chat with/ })).toHaveCount(0);
});

test('inside its hours but with nobody online, the team is not offered live either', async ({ page, ownRelay }) => {
  // Friday 27 November, 11:00 in Berlin; a relay of this test's own, where no agent signed in.
  await page.clock.setFixedTime(new Date('2026-11-27T10:00:00Z'));
  await open(page, expertPage('checkout', { hours: HOURS, relay: ownRelay.wsUrl }));
  await openExperts(page);
  const billing = team(page, 'Billing team');
  await expect(billing).toContainText('Not available for a live chat right now.');
  await expect(billing.getByRole('button')).toHaveText(['Request a callback', 'Send a message']);
});

test('a team whose agents are all away is not live while another team’s agent is online', async ({ page, ownRelay, agentConsole }) => {
  const agent = await agentConsole(ownRelay.url);
  // This agent answers for the tool specialists only.
  await agent.getByLabel('Teams you answer').fill('Tool specialists');
  await agent.getByLabel('Teams you answer').press('Tab');
  await expect(agent.locator('#presence-summary')).toContainText('teams: Tool specialists');
  await open(page, expertPage('checkout', { relay: ownRelay.wsUrl }));
  await openExperts(page);
  await expect(team(page, 'Billing team')).toContainText('Not available for a live chat right now.');
  await expect(team(page, 'Billing team').getByRole('button')).toHaveText(['Request a callback', 'Send a message']);
  await widget(page).getByText('Other teams').click();
  await expect(team(page, 'Tool specialists')).toContainText('Available now.');
  await expect(team(page, 'Tool specialists').getByRole('button', { name: 'Chat with Tool specialists' })).toBeVisible();
});
