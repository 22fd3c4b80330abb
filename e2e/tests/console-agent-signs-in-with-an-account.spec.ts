// The agent console's sign-in with an agent account (issue 19): a wrong password is answered
// inline (tied to the fields, focus on the password), the right one connects with an HttpOnly
// session cookie that no URL carries, a reload keeps the session, and signing out ends it for
// good. The form is keyboard-only here and passes axe.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { startRelay, type RelayHandle } from '../../packages/relay/src/index.js';

const CLI = fileURLToPath(new URL('../../packages/relay/src/cli.js', import.meta.url));
let relay: RelayHandle;
let dir: string;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'heed-e2e-accounts-'));
  const db = join(dir, 'relay.sqlite');
  const add = spawnSync(process.execPath, [CLI, 'agent', 'add', 'ada', '--team', 'Billing', '--db', db], {
    input: 'correct horse battery\n',
    encoding: 'utf8',
  });
  expect(add.status, add.stderr).toBe(0);
  // No token and no demo: the account is the only way in.
  relay = await startRelay({ port: 0, db, log: false });
});

test.afterAll(async () => {
  await relay?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('an agent signs in with name and password, keeps the session over a reload, and signs out', async ({ page, context }) => {
  await page.goto(`${relay.url}/console`);
  const form = page.getByRole('form', { name: 'Sign in' });
  await expect(form).toBeVisible();
  await expect(page.getByLabel('Agent name')).toBeFocused();
  expect((await new AxeBuilder({ page }).include('#login').analyze()).violations).toEqual([]);

  // A wrong password: the error is announced, tied to the fields, and focus goes to the password.
  await page.keyboard.type('ada');
  await page.keyboard.press('Tab');
  await page.keyboard.type('not the password');
  await page.keyboard.press('Enter');
  const error = form.getByRole('alert');
  await expect(error).toHaveText('That name and password do not match an agent of this relay.');
  await expect(page.getByLabel('Password')).toBeFocused();
  await expect(page.getByLabel('Password')).toHaveValue('');
  await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Password')).toHaveAccessibleDescription('That name and password do not match an agent of this relay.');
  expect((await new AxeBuilder({ page }).include('#login').analyze()).violations).toEqual([]);

  await page.keyboard.type('correct horse battery');
  await page.keyboard.press('Enter');
  await expect(page.locator('#connection')).toHaveAttribute('data-state', 'open');
  await expect(page.getByText('Signed in as ada')).toBeVisible();
  await expect(form).toBeHidden();
  // The account's team is what this agent answers until it picks others.
  await expect(page.getByRole('textbox', { name: 'Teams you answer' })).toHaveValue('Billing');
  expect(page.url()).toBe(`${relay.url}/console`);
  const [cookie] = await context.cookies(relay.url);
  expect(cookie).toMatchObject({ name: 'heed_session', httpOnly: true, sameSite: 'Strict' });
  expect(await page.evaluate(() => document.cookie)).toBe('');

  await page.reload();
  await expect(page.locator('#connection')).toHaveAttribute('data-state', 'open');
  await expect(page.getByText('Signed in as ada')).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(form).toBeVisible();
  await expect(page.locator('#connection')).toHaveText('Signed out');
  // The relay forgot the session: the old cookie opens nothing, and a reload asks again.
  const session = await page.request.get(`${relay.url}/session`, { headers: { cookie: `heed_session=${cookie.value}` } });
  expect(session.status()).toBe(401);
  await page.reload();
  await expect(form).toBeVisible();
});
