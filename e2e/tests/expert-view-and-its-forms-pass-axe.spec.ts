import AxeBuilder from '@axe-core/playwright';
import { expect, test, widget } from '../fixtures/chat/chat';
import { expertPage, openExperts, team } from '../fixtures/experts/experts';
import { open } from './helpers';

test('axe finds no violations in the expert view, its open disclosure, and a request form showing its errors', async ({ page, agentConsole }) => {
  await agentConsole();
  await open(page, expertPage('checkout'));
  const scan = async () => {
    // The panel fades in: contrast is judged once it stands still.
    await expect.poll(() => page.evaluate(() => document.querySelector('heed-help')!.shadowRoot!.getAnimations().length)).toBe(0);
    return (await new AxeBuilder({ page }).include('heed-help').analyze()).violations.map((v) => `${v.id}: ${v.help}`);
  };
  await openExperts(page);
  await expect(team(page, 'Billing team')).toContainText('Available now.');
  expect(await scan()).toEqual([]);
  await widget(page).getByText('Other teams').click();
  await team(page, 'Billing team').getByRole('button', { name: 'Send a message' }).click();
  await team(page, 'Billing team').getByRole('button', { name: 'Send the message' }).click();
  await expect(team(page, 'Billing team').getByLabel('Your name')).toBeFocused();
  expect(await scan()).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await scan()).toEqual([]);
});
