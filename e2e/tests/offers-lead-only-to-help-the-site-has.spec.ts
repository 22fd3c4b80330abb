import { expect, test, type Page } from '@playwright/test';
import { beActive, events, heedReady, offerCard, search } from './helpers';

// Dead ends: an offer that promises help the site does not have, or a panel that tells the
// visitor what the site owner has not set up. The visitor's next step is only something that
// exists; sentences for the owner go to the console, never into the visitor's panel.

const widget = (page: Page) => page.locator('heed-help');

/** Console warnings from Heed on this page. */
function heedWarnings(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && message.text().startsWith('Heed') && seen.push(message.text()));
  return seen;
}

async function failTwoSearchesOn(page: Page, config: string) {
  await page.clock.install();
  await page.goto(`/dead-ends/search.html?config=${config}`);
  await heedReady(page);
  await beActive(page, 16);
  await search(page, 'laser tripod');
  await search(page, 'laser stand');
  await page.clock.runFor(2500);
}

test('with no articles, chat or experts set up, no offer promises help, and the panel speaks to the visitor', async ({ page }) => {
  const warnings = heedWarnings(page);
  await failTwoSearchesOn(page, 'nothing');
  await page.clock.runFor(1000);
  await expect(offerCard(page)).toHaveCount(0);
  await expect(widget(page)).not.toContainText("we'll help you find it");

  // The tab still works; what it opens is written for the visitor.
  await widget(page).getByRole('button', { name: 'Help', exact: true }).click();
  const panel = widget(page).getByRole('dialog', { name: 'How can we help?' });
  await expect(panel).toBeVisible();
  await expect(panel).not.toContainText('not set up');
  await expect(panel).toContainText('no online help');
  await expect(panel.getByRole('radio', { name: 'Offer help when I seem stuck' })).toBeVisible();
  // The site owner learns why, once, in the console.
  await expect.poll(() => warnings.filter((w) => /no help articles, chat or expert/.test(w))).toHaveLength(1);
  await widget(page).getByRole('button', { name: 'Close help' }).click();
  await widget(page).getByRole('button', { name: 'Help', exact: true }).click();
  await expect(panel).toBeVisible();
  expect(warnings.filter((w) => /no help articles, chat or expert/.test(w))).toHaveLength(1);
  expect(await events(page, 'error')).toEqual([]);
});

test('with help articles only, the offer leads straight to them and promises no conversation', async ({ page }) => {
  await failTwoSearchesOn(page, 'articles');
  const offer = offerCard(page);
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('“laser stand”');
  await expect(offer).not.toContainText(/Tell us|message|chat/i);
  await offer.getByRole('button', { name: 'See help articles' }).click();
  const panel = widget(page).getByRole('dialog', { name: 'Help articles' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Which tool do I need?' })).toBeVisible();
  expect(await events(page, 'accept')).toMatchObject([{ channel: 'panel' }]);
  expect(await events(page, 'open')).toMatchObject([{ view: 'articles', by: 'offer' }]);
});

test('with one expert team reachable by email, the offer leads to it and the panel shows how to reach it', async ({ page }) => {
  await failTwoSearchesOn(page, 'experts');
  const offer = offerCard(page);
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Contact our team' }).click();
  const panel = widget(page).getByRole('dialog', { name: 'Talk to an expert' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Email Shop team' })).toHaveAttribute('href', 'mailto:help@shop.example');
  // A team reachable only by chat, on a site without chat, is a name without a next step.
  await expect(panel).not.toContainText('Chat-only team');
});
