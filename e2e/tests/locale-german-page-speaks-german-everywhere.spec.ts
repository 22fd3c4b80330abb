import { expect, test, type Page } from '@playwright/test';
import { SHARED_RELAY } from '../fixtures/chat/chat';
import { beActive, heedReady, helpTab, search } from './helpers';

// A visitor in New York on a German shop; the billing team works Mon–Fri 09:00–17:00 in Berlin.
test.use({ timezoneId: 'America/New_York', locale: 'en-US' });

const relay = encodeURIComponent(SHARED_RELAY.replace(/^http/, 'ws'));
const widget = (page: Page) => page.locator('heed-help');
const panel = (page: Page) => widget(page).getByRole('dialog', { name: /Wie können wir helfen|Hilfeartikel|Fachperson|chatten/ });

test('a page in German: the tab, the offer, its announcement, the panel and the articles speak German, plurals included', async ({ page }) => {
  await page.clock.install();
  const chunks: string[] = [];
  page.on('request', (request) => /\/heed-[^/]+\.js$/.test(request.url()) && chunks.push(request.url()));
  // No `ui.label`: the tab's word comes with heed.js, before any of Heed's chunks has loaded.
  await page.goto(`/locales/shop.html?lang=de&relay=${relay}`);
  await heedReady(page);
  await expect(helpTab(page, 'Hilfe')).toBeVisible();
  await expect(helpTab(page, 'Hilfe')).toHaveAttribute('lang', 'de');
  expect(chunks).toEqual([]);

  await beActive(page, 16);
  await search(page, 'laser tripod');
  await search(page, 'laser stand');
  const offer = widget(page).getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Nein, danke' }) });
  await expect(offer).toHaveAccessibleName('„laser stand“ nicht gefunden?');
  // Announced politely, in German, naming the tab as it reads.
  await expect(widget(page).locator('[aria-live=polite]').first()).toContainText('Wählen Sie den Tab „Hilfe“ oder drücken Sie Escape zum Schließen.');
  await offer.getByRole('button', { name: 'Nein, danke' }).click();
  await expect(offer).toHaveCount(0);

  await helpTab(page, 'Hilfe').click();
  await expect(panel(page).getByRole('heading', { name: 'Wie können wir helfen?' })).toBeFocused();
  await expect(panel(page).getByRole('group', { name: 'Wann sollen wir Hilfe anbieten?' })).toBeVisible();
  await expect(panel(page).getByRole('radio', { name: 'Hilfe anbieten, wenn ich nicht weiterkomme' })).toBeVisible();
  await expect(panel(page).getByRole('button', { name: 'Hilfe schließen' })).toBeVisible();
  await panel(page).getByRole('button', { name: 'Hilfeartikel durchsuchen' }).click();

  const box = panel(page).getByRole('searchbox', { name: 'Hilfeartikel durchsuchen' });
  await box.fill('card');
  await expect(panel(page).getByRole('status')).toHaveText('Ein Artikel gefunden.');
  await box.fill('order');
  await expect(panel(page).getByRole('status')).toHaveText('3 Artikel gefunden.');
  await box.fill('zzzz');
  await expect(panel(page).getByRole('status')).toHaveText('Keine passenden Artikel. Versuchen Sie andere Begriffe oder fragen Sie uns.');
  await panel(page).getByRole('button', { name: 'Zurück zu den Hilfeoptionen' }).click();
  await expect(panel(page).getByRole('button', { name: 'Mit uns chatten' })).toBeVisible();
});

test('a page in German: the expert view says when the team is back on the visitor’s clock, and its forms and the chat speak German', async ({ page }) => {
  // Saturday 28 November 2026, 10:00 in New York: the team is back Monday 09:00 Berlin, 03:00 in New York.
  await page.clock.setFixedTime(new Date('2026-11-28T15:00:00Z'));
  await page.goto(`/locales/shop.html?lang=de&label=Hilfe&relay=${relay}`);
  await heedReady(page);
  await helpTab(page, 'Hilfe').click();
  await panel(page).getByRole('button', { name: 'Mit einer Fachperson sprechen' }).click();
  const team = widget(page).getByRole('region', { name: 'Billing team' });
  await expect(team).toContainText(
    'Gerade nicht für einen Live-Chat verfügbar. Wieder da: Montag, 03:00 (Ihre Ortszeit). Sie können jetzt einen Rückruf anfordern oder eine Nachricht senden.',
  );
  await expect(team.getByRole('button')).toHaveText(['Rückruf anfordern', 'Nachricht senden']);

  await team.getByRole('button', { name: 'Rückruf anfordern' }).click();
  const form = team.getByRole('form', { name: 'Rückruf von Billing team anfordern' });
  await expect(form.getByLabel('Wann sollen wir anrufen? (Ihre Ortszeit)')).toContainText('Vormittags (09:00–12:00 Uhr)');
  await form.getByRole('button', { name: 'Rückruf anfordern' }).click();
  // The inline error is German and tied to its field.
  await expect(form.getByLabel('Ihr Name')).toHaveAccessibleDescription('Bitte geben Sie Ihren Namen ein.');
  await expect(form.getByLabel('Telefonnummer')).toHaveAccessibleDescription('Bitte geben Sie die Nummer ein, unter der wir Sie erreichen.');
  await form.getByRole('button', { name: 'Abbrechen' }).click();

  await panel(page).getByRole('button', { name: 'Zurück zu den Hilfeoptionen' }).click();
  await panel(page).getByRole('button', { name: 'Mit uns chatten' }).click();
  await expect(panel(page).getByRole('heading', { name: 'Mit uns chatten' })).toBeVisible();
  await expect(widget(page).getByRole('textbox', { name: 'Nachricht' })).toBeVisible();
  await expect(widget(page).getByRole('button', { name: 'Senden' })).toBeVisible();
  await expect(widget(page).getByText('Diese Angaben mit dem Support teilen')).toBeVisible();
});
