import { expect, test, unique } from '../fixtures/chat/chat';
import { expertPage, openExperts, requestCallback, requestKept, team } from '../fixtures/experts/experts';
import { open } from './helpers';

interface Received {
  id: string;
  kind: string;
  team: string;
  name: string;
  email?: string;
  message?: string;
}

test('a team’s requestUrl receives each request once, with its client id, under two network drops', async ({ page, context }) => {
  // A site without a relay: requests go only to the team's own endpoint.
  const box = unique('box').replace(/\W+/g, '-');
  const url = (page: 'checkout' | 'account') => expertPage(page, { relay: 'none', box });
  const received = async () => (await (await context.request.get(`/api/requests?box=${box}`)).json()) as Received[];

  await open(page, url('checkout'));
  await openExperts(page);

  // First drop: the request waits on the device, and goes out once the network is back.
  await context.setOffline(true);
  const first = unique('Grace Hopper');
  await requestCallback(page, 'Billing team', first, '+1 212 555 0100');
  const billing = team(page, 'Billing team');
  await expect(billing.getByRole('status')).toContainText('You are offline. Your request is saved on this device');
  await expect.poll(() => requestKept(page)).toBe(true);
  await context.setOffline(false);
  await expect(billing.getByRole('status')).toHaveText('Thank you. Billing team will call you on +1 212 555 0100.');
  await expect.poll(async () => (await received()).map((r) => r.name)).toEqual([first]);

  // Second drop: an email request, and the visitor leaves before the network is back.
  await context.setOffline(true);
  await billing.getByRole('button', { name: 'Send a message' }).click();
  const form = billing.getByRole('form', { name: 'Send a message to Billing team' });
  const second = unique('Katherine Johnson');
  await form.getByLabel('Your name').fill(second);
  await form.getByLabel('Your email').fill('katherine@example.com');
  await form.getByLabel('How can we help?').fill('Please send the invoice for order 1234 again.');
  await form.getByRole('checkbox', { name: 'Include this with my request' }).uncheck();
  await form.getByRole('button', { name: 'Send the message' }).click();
  await expect.poll(() => requestKept(page)).toBe(true);
  await page.close();
  await context.setOffline(false);

  // The next page delivers it without loading the panel, and nothing is posted twice.
  const next = await context.newPage();
  const panelLoads: string[] = [];
  next.on('request', (request) => /heed-panel-/.test(request.url()) && panelLoads.push(request.url()));
  await open(next, url('account'));
  await expect.poll(async () => (await received()).map((r) => r.name)).toEqual([first, second]);
  await expect.poll(() => requestKept(next)).toBe(false);
  const third = await context.newPage();
  await open(third, url('account'));
  await third.waitForTimeout(800);

  const all = await received();
  expect(all).toHaveLength(2);
  expect(new Set(all.map((r) => r.id)).size).toBe(2);
  expect(all[0]).toMatchObject({ kind: 'callback', team: 'Billing team', phone: '+1 212 555 0100', context: { team: 'Billing team' } });
  // Left out by the visitor: no context at all.
  expect(all[1]).toEqual({ id: expect.any(String), kind: 'email', team: 'Billing team', name: second, email: 'katherine@example.com', message: 'Please send the invoice for order 1234 again.' });
  expect(panelLoads).toEqual([]);
});
