import { expect, test, type Page } from '@playwright/test';
import { answerPresence, beActiveOnDemo, heedReady, offerCard, recordHeedEvents, recorded, startDemo, type DemoServer } from './helpers';

// A site owner tunes Heed on the demo shop with ?heed-debug. The searches match the shop's guide to
// spirit levels (it answers "laser tripod"), so the escalation ladder leads with that article: the
// overlay must show the hold-back, the offer with the ladder's reasons and the dismissal, each with
// its rule and reasons; how far the visitor is into the entry window; and each configured selector
// with whether it matches on the page in front of them.

let demo: DemoServer;
test.beforeAll(async () => {
  demo = await startDemo();
});
test.afterAll(async () => {
  await demo?.close();
});

const overlay = (page: Page) => page.locator('heed-help').getByRole('region', { name: 'Heed debug' });
const selectorsList = (page: Page) => overlay(page).getByRole('list', { name: 'Selectors' });
const timeline = (page: Page) => overlay(page).getByRole('list', { name: 'Timeline' });

async function searchFor(page: Page, query: string) {
  await page.locator('#q').click();
  await page.locator('#q').fill('');
  await page.keyboard.type(query, { delay: 10 });
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/search.html?q=${query.replace(/ /g, '+')}`);
  await heedReady(page);
  await page.clock.runFor(1500);
}

test('the overlay shows entry-window progress, every selector and whether it matches, and each offer, hold-back and dismissal with its reasons', async ({ page }) => {
  await page.clock.install();
  await recordHeedEvents(page);
  await answerPresence(page);
  await page.goto(`${demo.url}/?heed-debug`);
  await heedReady(page);
  await expect(overlay(page)).toBeVisible();

  // The home page has a search box but no results list.
  await expect(selectorsList(page)).toContainText('signals.search.input #q → matches 1');
  await expect(selectorsList(page)).toContainText('signals.search.results #results → matches nothing on this page');
  await expect(selectorsList(page)).toContainText('signals.search.empty .no-results → matches nothing on this page');
  await expect(overlay(page)).toContainText(/entry window: \d+\.\d s active of 15 s/);
  await beActiveOnDemo(page, 6);
  await expect(overlay(page)).toContainText(/entry window: [4-9]\.\d s active of 15 s/);
  await expect(overlay(page)).toContainText('help set up: articles, chat, experts');

  // Two searches within the entry window: high need, held back by the entry rule.
  await searchFor(page, 'laser tripod');
  await searchFor(page, 'tripod for laser');
  await expect(selectorsList(page)).toContainText('signals.search.results #results → matches 1');
  await expect(selectorsList(page)).toContainText('signals.search.empty .no-results → matches 1');
  await expect(timeline(page)).toContainText('held back: entry');
  await expect(timeline(page).locator('li', { hasText: 'held back: entry' }).first()).toContainText('because: search-failure “laser tripod”');

  // The entry window passes: an article matches, so the offer leads with it, and says why.
  await beActiveOnDemo(page, 12);
  await expect(offerCard(page)).toBeVisible();
  await expect(overlay(page)).toContainText(/entry window: passed/);
  const [offer] = await recorded(page, 'offer');
  const offered = timeline(page).locator('li', { hasText: 'offer articles' });
  await expect(offered).toContainText(String(offer.payload.id));
  await expect(offered).toContainText('topic products');
  await expect(offered).toContainText('article “Choosing a spirit level”');
  await expect(offered).toContainText('ladder: topic products from the queries; article “Choosing a spirit level” matches (6)');
  await expect(offered).toContainText('search-failure “tripod for laser”');

  await offerCard(page).getByRole('button', { name: 'No thanks' }).click();
  await expect(timeline(page).locator('li', { hasText: 'dismissed (button)' })).toContainText(String(offer.payload.id));

  // On the next page the timeline still has the decisions made on this one.
  await page.getByRole('link', { name: 'Spirit levels' }).first().click();
  await heedReady(page);
  await expect(timeline(page).locator('li', { hasText: 'offer articles' })).toHaveCount(1);
  await expect(timeline(page).locator('li', { hasText: 'dismissed (button)' })).toHaveCount(1);
  expect(await recorded(page, 'error')).toEqual([]);
});
