import { expect, test, type Page } from '@playwright/test';
import { fidget, open, signals } from './helpers';

// dwell (README, "Signals and the need model"): a stall is active time without progress.
// Completing a field (edited and left valid) is progress. The fixture's page rule sets
// `dwellSeconds: 60` for /signals/checkout/*, where a stall alone is enough for an offer.

/** Clicks into the field labelled `label`, types `text` key by key, and leaves it with Tab. */
async function fill(page: Page, label: string, text: string) {
  const field = page.getByLabel(label);
  await field.click();
  await field.pressSequentially(text, { delay: 30 });
  await field.press('Tab');
}

test.beforeEach(async ({ page }) => {
  await page.clock.install();
  await open(page, '/signals/checkout/details.html');
});

test('a visitor filling the checkout correctly but slowly (about 2.5 minutes): no dwell', async ({ page }) => {
  await fidget(page, 10_000);
  await fill(page, 'Full name', 'Jo Smith');
  await fidget(page, 15_000);
  await fill(page, 'Email', 'jo@example.com');
  await fidget(page, 40_000); // looks up the postcode
  await fill(page, 'Postcode', '10115');
  await fidget(page, 50_000); // finds the card
  await fill(page, 'Card number', '4242 4242 4242 4242');
  await fidget(page, 20_000);
  await fill(page, 'Expiry', '12/29');
  await fidget(page, 15_000);
  await fill(page, 'Security code', '123');
  await fidget(page, 5_000);
  expect(await signals(page, 'dwell')).toEqual([]);
});

test('fields left invalid are not progress: a stall after the page’s 60 s', async ({ page }) => {
  await fidget(page, 10_000);
  await fill(page, 'Postcode', '1011'); // four digits: :invalid
  await fidget(page, 20_000);
  await fill(page, 'Security code', '12'); // the page marks it aria-invalid on blur
  await fidget(page, 36_000);
  const dwell = await signals(page, 'dwell');
  expect(dwell.map((s) => s.detail)).toEqual([{ page: '/signals/checkout/details.html', seconds: 60 }]);
});

test('one field completed, then stuck for a minute: a stall, counted from that field', async ({ page }) => {
  await fidget(page, 40_000);
  await fill(page, 'Full name', 'Jo Smith');
  await fidget(page, 54_000);
  expect(await signals(page, 'dwell')).toEqual([]);
  await fidget(page, 12_000);
  expect(await signals(page, 'dwell')).toHaveLength(1);
});
