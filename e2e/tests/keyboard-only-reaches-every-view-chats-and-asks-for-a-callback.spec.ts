import { expect, test } from '../fixtures/chat/chat';
import { SHARED_RELAY, unique } from '../fixtures/chat/chat';
import { activate, tabTo } from '../helpers/keyboard';
import { beActive, heedReady, helpTab, offerCard, search } from './helpers';

const URL = `/a11y/index.html?relay=${encodeURIComponent(SHARED_RELAY.replace(/^http/, 'ws'))}`;

test('keyboard only: open the panel, reach every view, chat, request a callback, close, focus back on the tab', async ({ page }) => {
  await page.goto(URL);
  await heedReady(page);
  const widget = page.locator('heed-help');
  const panel = widget.getByRole('dialog');
  const heading = (name: string) => panel.getByRole('heading', { name, level: 2 });
  const button = (name: string) => panel.getByRole('button', { name, exact: true });

  await tabTo(page, helpTab(page));
  await page.keyboard.press('Enter');
  await expect(heading('How can we help?')).toBeFocused();
  // No trap: Shift+Tab leaves the panel for the tab, Tab comes back in.
  await page.keyboard.press('Shift+Tab');
  await expect(helpTab(page)).toBeFocused();

  await activate(page, button('Browse help articles'));
  await expect(heading('Help articles')).toBeFocused();
  await activate(page, panel.getByLabel('Search help articles'));
  await page.keyboard.type('refund');
  await expect(panel.getByRole('link', { name: 'Returns and refunds' })).toBeVisible();
  await activate(page, button('Back to help options'));
  await expect(heading('How can we help?')).toBeFocused();

  await activate(page, button('Chat with us'));
  await expect(heading('Chat with us')).toBeFocused();
  const text = unique('Which level for tiles?');
  await tabTo(page, panel.getByRole('textbox', { name: 'Message' }));
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect(panel.locator('.msg.visitor', { hasText: text })).toHaveAttribute('data-state', 'delivered');
  await activate(page, button('Back to help options'));

  await activate(page, button('Talk to an expert'));
  await expect(heading('Talk to an expert')).toBeFocused();
  const billing = widget.getByRole('region', { name: 'Billing team' });
  // Cancel puts focus back on the button that opened the form.
  await activate(page, billing.getByRole('button', { name: 'Send a message' }));
  await activate(page, billing.getByRole('button', { name: 'Cancel' }));
  await expect(billing.getByRole('button', { name: 'Send a message' })).toBeFocused();
  await activate(page, billing.getByRole('button', { name: 'Request a callback' }));
  const form = billing.getByRole('form', { name: 'Request a callback from Billing team' });
  await tabTo(page, form.getByLabel('Your name'));
  await page.keyboard.type('Ada Keys');
  await tabTo(page, form.getByLabel('Phone number'));
  await page.keyboard.type('+44 20 7946 0958');
  await activate(page, form.getByRole('button', { name: 'Request the callback' }));
  // The form is gone with its button: focus is on what became of the request, still in the panel.
  await expect(billing.getByRole('status')).toHaveText('Thank you. Billing team will call you on +44 20 7946 0958.');
  await expect(billing.getByRole('status')).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(helpTab(page)).toBeFocused();
  await expect(helpTab(page)).toHaveAttribute('aria-expanded', 'false');
});

test('keyboard only: an offer takes no focus, is the next stop after the tab, and its button moves focus into the panel', async ({ page }) => {
  await page.clock.install();
  await page.goto(URL);
  await heedReady(page);
  await beActive(page, 16);
  await search(page, 'laser tripod');
  await search(page, 'laser stand');
  await page.clock.runFor(2500);
  const offer = offerCard(page);
  await expect(offer).toBeVisible();
  await expect(page.locator('#q')).toBeFocused();
  // The live region names the way there: the tab, then the offer right after it.
  await expect(page.locator('heed-help .sr[aria-live=polite]')).toContainText('press the Help tab');
  await tabTo(page, helpTab(page));
  await page.keyboard.press('Tab');
  const accept = offer.getByRole('button').first();
  await expect(accept).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('heed-help').getByRole('dialog').getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(helpTab(page)).toBeFocused();
});
