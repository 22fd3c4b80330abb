import { expect, panel, test, unique } from '../fixtures/chat/chat';
import { expertPage, openExperts, requestKept, storedRequests, team } from '../fixtures/experts/experts';
import { heedReady, open } from './helpers';

test('a callback request sent offline, with the page closed and a later page opened online, reaches the console exactly once', async ({ page, context, agentConsole }) => {
  await open(page, expertPage('checkout'));
  // What Heed noticed, to be shown with the request.
  await page.evaluate(() => (window as unknown as { heed: { signal(type: string, detail: object): void } }).heed.signal('form-error', { field: 'Card number' }));
  await openExperts(page);
  const billing = team(page, 'Billing team');
  await billing.getByRole('button', { name: 'Request a callback' }).click();
  const form = billing.getByRole('form', { name: 'Request a callback from Billing team' });

  // Sent empty: each field says what is missing, tied to it, and the first one gets focus.
  await form.getByRole('button', { name: 'Request the callback' }).click();
  const name = form.getByLabel('Your name');
  const phone = form.getByLabel('Phone number');
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Please enter your name.');
  await expect(phone).toHaveAccessibleDescription('Please enter the number we should call.');
  await phone.fill('call me maybe');
  const visitor = unique('Ada Lovelace');
  await name.fill(visitor);
  await form.getByRole('button', { name: 'Request the callback' }).click();
  await expect(phone).toBeFocused();
  await expect(phone).toHaveAccessibleDescription(/using digits/);
  await expect(name).not.toHaveAttribute('aria-invalid');

  // The summary is shown before sending, with the choice to leave it out (kept here).
  await expect(form).toContainText("We noticed: the 'Card number' field was not accepted");
  await expect(form.getByRole('checkbox', { name: 'Include this with my request' })).toBeChecked();
  await phone.fill('+44 20 7946 0958');
  await form.getByLabel('When should we call? (your time)').selectOption('Afternoon (12:00–17:00)');

  await context.setOffline(true);
  await form.getByRole('button', { name: 'Request the callback' }).click();
  await expect(billing.getByRole('status')).toHaveText('You are offline. Your request is saved on this device and will be sent as soon as you are back online.');
  await expect.poll(() => requestKept(page)).toBe(true);
  await page.close();
  await context.setOffline(false);

  // A later page, online: the request goes out without the visitor opening anything.
  const next = await context.newPage();
  await open(next, expertPage('account'));
  const agent = await agentConsole();
  const mine = async () => (await storedRequests(agent)).filter((r) => r.name === visitor);
  await expect.poll(async () => (await mine()).length, { timeout: 15_000 }).toBe(1);
  expect((await mine())[0]).toMatchObject({
    kind: 'callback',
    team: 'Billing team',
    phone: '+44 20 7946 0958',
    window: expect.stringMatching(/^Afternoon \(12:00–17:00\), .+ time$/),
    context: { page: '/experts/checkout.html', topic: 'billing', team: 'Billing team', summary: "the 'Card number' field was not accepted on /experts/checkout.html" },
  });
  await expect.poll(() => requestKept(next)).toBe(false);
  await expect(panel(next)).toHaveCount(0);

  // The console shows it with its context, under its team, and it can be marked done.
  const entry = agent.getByRole('list', { name: 'Requests' }).getByRole('listitem').filter({ hasText: visitor });
  await expect(entry).toContainText('Callback for Billing team');
  await expect(entry).toContainText('+44 20 7946 0958');
  await expect(entry).toContainText("the 'Card number' field was not accepted");
  await agent.getByLabel('Show team').selectOption('Billing team');
  await entry.getByRole('button', { name: /^Mark done/ }).click();
  await expect(entry).toContainText('Done');
  await expect.poll(async () => (await mine())[0]?.doneAt).toEqual(expect.any(Number));

  // Further pages send nothing again.
  const third = await context.newPage();
  await open(third, expertPage('account'));
  await third.waitForTimeout(500);
  expect(await mine()).toHaveLength(1);

  // The channel the visitor chose is offered first next time; choosing another changes that.
  await openExperts(third);
  await expect(team(third, 'Billing team').getByRole('button')).toHaveText(['Request a callback', 'Chat with Billing team', 'Send a message']);
  await team(third, 'Billing team').getByRole('button', { name: 'Send a message' }).click();
  await third.reload();
  await heedReady(third);
  await openExperts(third);
  await expect(team(third, 'Billing team').getByRole('button')).toHaveText(['Send a message', 'Chat with Billing team', 'Request a callback']);
});
