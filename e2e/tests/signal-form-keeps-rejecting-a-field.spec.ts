import { expect, test, type Page } from '@playwright/test';
import { needs, open, signals } from './helpers';

// form-error (SPEC §3): the same field becomes invalid twice (`invalid` event, `aria-invalid`),
// or two failed submits. What the visitor typed never leaves the field.

/** Everything Heed kept: the recorded events and its own session storage. */
const everythingHeedKept = (page: Page) => page.evaluate(() => JSON.stringify({ log: (window as unknown as { log: unknown }).log, session: { ...sessionStorage } }));

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

test('native validation: a postcode rejected on three submits is reported by name, never by value', async ({ page }) => {
  await open(page, '/signals/form.html');
  await page.getByLabel('Full name').fill('Ada Lovelace');
  await page.getByLabel('Postcode').fill('SW1A 1AA');
  await page.getByLabel('Email').fill('ada@example.org');
  const submit = page.getByRole('button', { name: 'Continue' });
  for (let attempt = 1; attempt <= 3; attempt++) {
    await submit.click();
    await page.clock.runFor(1000);
    // The browser refused each submit: still on the form, focus on the bad field.
    await expect(page.getByLabel('Postcode')).toBeFocused();
  }
  const errors = await signals(page, 'form-error');
  // The second rejection of the field is a signal; the third is another.
  expect(errors.map((s) => s.detail)).toEqual([
    { field: 'Postcode', rejections: 2, failedSubmits: 2 },
    { field: 'Postcode', rejections: 3, failedSubmits: 3 },
  ]);
  expect(errors[0].weight).toBe(2);
  // The same field rejected three times reaches high need on its own (SPEC §4).
  expect((await needs(page)).map((n) => n.level)).toEqual(['low', 'high']);

  const kept = await everythingHeedKept(page);
  for (const typed of ['SW1A', 'Ada', 'Lovelace', 'ada@example.org']) expect(kept).not.toContain(typed);
});

test('one rejected submit is not yet a form error', async ({ page }) => {
  await open(page, '/signals/form.html');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.clock.runFor(1000);
  await expect(page.getByLabel('Full name')).toBeFocused();
  expect(await signals(page, 'form-error')).toEqual([]);
});

test('inline validation with aria-invalid (novalidate form) counts too', async ({ page }) => {
  await open(page, '/signals/signup.html');
  const email = page.getByLabel('Email');
  await email.fill('ada.example.org');
  await page.getByLabel('Password').click(); // leaving the field: the site marks it aria-invalid
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await page.clock.runFor(1000);
  expect(await signals(page, 'form-error')).toEqual([]);

  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.clock.runFor(1000);
  await expect(page.getByText('Enter an email address like name@example.com.')).toBeVisible();
  const errors = await signals(page, 'form-error');
  expect(errors.map((s) => s.detail)).toEqual([{ field: 'Email', rejections: 2, failedSubmits: 1 }]);

  const kept = await everythingHeedKept(page);
  for (const typed of ['ada.example.org', 'correct horse']) expect(kept).not.toContain(typed);
});

test('inline validation: fixing the field after one rejection is no form error', async ({ page }) => {
  await open(page, '/signals/signup.html');
  const email = page.getByLabel('Email');
  await email.fill('ada.example.org');
  await page.getByLabel('Password').click();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await email.fill('ada@example.org');
  await page.getByLabel('Password').fill('correct horse battery');
  await expect(email).toHaveAttribute('aria-invalid', 'false');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.clock.runFor(1000);
  await expect(page.getByText('Account created.')).toBeVisible();
  expect(await signals(page, 'form-error')).toEqual([]);
});
