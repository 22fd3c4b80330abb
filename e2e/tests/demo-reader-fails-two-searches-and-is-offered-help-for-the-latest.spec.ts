import { expect, test, type Page } from '@playwright/test';
import { answerPresence, beActiveOnDemo, heedReady, offerCard, recordHeedEvents, recorded, startDemo, type DemoServer } from './helpers';

// A first-time visitor reads the demo's "Try it" strip before doing anything, so the entry window
// (15 s of activity) has passed by the time they search. They fail "laser tripod", then
// "tripod for laser". The offer must quote the search they just made, not the first one, and sit
// by the search box, where the struggle happened — on a desktop and on a phone.

let demo: DemoServer;
test.beforeAll(async () => {
  demo = await startDemo();
});
test.afterAll(async () => {
  await demo?.close();
});

/** Types into the header search box the way this visitor's device does, and submits. */
async function searchFor(page: Page, query: string, touch: boolean) {
  const box = page.locator('#q');
  if (touch) await box.tap();
  else await box.click();
  await box.press('ControlOrMeta+a');
  await page.keyboard.type(query, { delay: 20 });
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/search.html?q=${encodeURIComponent(query).replace(/%20/g, '+')}`);
  await heedReady(page);
  await expect(page.locator('#results .no-results')).toBeVisible();
}

/** Active time on a phone: a finger touches the page's text (nothing interactive) every 2 s. */
async function beActiveByTouch(page: Page, seconds: number, target: string) {
  for (let t = 0; t < seconds; t += 2) {
    await page.locator(target).first().tap();
    await page.clock.runFor(2000);
  }
}

const activeFor = (page: Page, touch: boolean, seconds: number, target: string) =>
  touch ? beActiveByTouch(page, seconds, target) : beActiveOnDemo(page, seconds);

async function readThenFailTwice(page: Page, touch: boolean, readSeconds: number) {
  await page.clock.install();
  await recordHeedEvents(page);
  await answerPresence(page);
  await page.goto(`${demo.url}/`);
  await heedReady(page);
  // Reading the strip: scrolled into view, the pointer (or a finger) moving now and then.
  await page.locator('#try-it').scrollIntoViewIfNeeded();
  await activeFor(page, touch, readSeconds, '#try-it p');
  await page.evaluate(() => scrollTo(0, 0));
  await searchFor(page, 'laser tripod', touch);
  await page.clock.runFor(1500);
  await searchFor(page, 'tripod for laser', touch);
  await page.clock.runFor(1500);
  // Long enough for an entry window that is still open; short of the 20 s an ignored offer stays.
  await activeFor(page, touch, readSeconds >= 15 ? 4 : 16, '#results .no-results');
}

async function expectOfferForLatestSearchBesideTheBox(page: Page) {
  const card = offerCard(page);
  await expect(card).toBeVisible();
  await expect(card).toContainText('“tripod for laser”');
  await expect(card).not.toContainText('“laser tripod”');
  expect(await recorded(page, 'offer')).toHaveLength(1);
  const box = (await page.locator('#q').boundingBox())!;
  const tab = (await page.locator('heed-help').getByRole('button', { name: 'Help', exact: true }).boundingBox())!;
  const cardBox = (await card.boundingBox())!;
  const gap = Math.min(Math.abs(cardBox.y - (box.y + box.height)), Math.abs(box.y - (cardBox.y + cardBox.height)));
  expect(gap, 'the card sits just above or below the search box').toBeLessThan(40);
  expect(cardBox.x < box.x + box.width && cardBox.x + cardBox.width > box.x, 'the card overlaps the box horizontally').toBe(true);
  expect(cardBox.y + cardBox.height <= tab.y || cardBox.y >= tab.y + tab.height || cardBox.x + cardBox.width <= tab.x, 'not parked by the tab').toBe(true);
  // The shop's own "No products match" message stays readable too.
  const empty = (await page.locator('#results .no-results').boundingBox())!;
  expect(cardBox.y + cardBox.height <= empty.y || cardBox.y >= empty.y + empty.height, 'the card leaves the empty state visible').toBe(true);
  // The search box and what the visitor typed stay readable.
  expect(cardBox.y >= box.y + box.height - 1 || cardBox.y + cardBox.height <= box.y + 1, 'the card does not cover the box').toBe(true);
  expect(await recorded(page, 'error')).toEqual([]);
}

test('on a desktop: a visitor who read the strip first is offered help for "tripod for laser", by the search box', async ({ page }) => {
  await readThenFailTwice(page, false, 20);
  await expectOfferForLatestSearchBesideTheBox(page);
});

test('on a desktop: both searches inside the entry window: the same offer once it passes', async ({ page }) => {
  await readThenFailTwice(page, false, 2);
  await expectOfferForLatestSearchBesideTheBox(page);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('a visitor who read the strip first is offered help for "tripod for laser", by the search box', async ({ page }) => {
    await readThenFailTwice(page, true, 20);
    await expectOfferForLatestSearchBesideTheBox(page);
  });
  test('both searches inside the entry window: the same offer once it passes', async ({ page }) => {
    await readThenFailTwice(page, true, 2);
    await expectOfferForLatestSearchBesideTheBox(page);
  });
});
