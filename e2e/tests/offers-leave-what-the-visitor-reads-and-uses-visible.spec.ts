import { expect, test, type Locator, type Page } from '@playwright/test';
import { answerPresence, beActive, beActiveOnDemo, heedReady, offerCard, recordHeedEvents, recorded, search, startDemo, type DemoServer } from './helpers';

// An offer must not cover what the visitor is reading or using: where they struggled, the site's
// own "Nothing found" message, the focused field, the control they just used and the controls
// next to it. When nothing around the anchor fits, it sits beside the Help tab. And it speaks
// to the trouble: a broken button is not "help you find it".

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function expectClearOf(card: Locator, ...others: Locator[]) {
  const box = (await card.boundingBox())!;
  const viewport = card.page().viewportSize()!;
  expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height, 'the card is on screen').toBe(true);
  for (const other of others) {
    const rect = (await other.boundingBox())!;
    expect(overlap(box, rect), `the card leaves ${other} visible`).toBe(false);
  }
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width}×${viewport.height}, after two searches find nothing, the card leaves the site's "Nothing found" message, the box and its button visible`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.clock.install();
    await page.goto('/placement/search.html');
    await heedReady(page);
    await beActive(page, 16);
    await search(page, 'laser tripod');
    await search(page, 'laser stand');
    await page.clock.runFor(2500);
    const card = offerCard(page);
    await expect(card).toBeVisible();
    await expect(page.locator('.no-results')).toContainText('Nothing found for “laser stand”');
    await expectClearOf(card, page.locator('.no-results'), page.locator('#q'), page.getByRole('button', { name: 'Search' }));
    await expect(card).toContainText('“laser stand”');
  });
}

test.describe('the demo cart', () => {
  let demo: DemoServer;
  test.beforeAll(async () => {
    demo = await startDemo();
  });
  test.afterAll(async () => {
    await demo?.close();
  });

  /** Active time on a phone: a finger on the page heading every 2 s. */
  const touchNowAndThen = async (page: Page, seconds: number) => {
    for (let t = 0; t < seconds; t += 2) {
      await page.getByRole('heading', { name: 'Your cart', level: 1 }).tap();
      await page.clock.runFor(2000);
    }
  };

  const rageAtTheCoupon = async (page: Page, touch = false) => {
    await page.clock.install();
    await recordHeedEvents(page);
    await answerPresence(page);
    await page.goto(`${demo.url}/cart.html`);
    await heedReady(page);
    if (touch) await touchNowAndThen(page, 16);
    else await beActiveOnDemo(page, 16);
    const coupon = page.getByRole('button', { name: 'Apply coupon' });
    for (let burst = 0; burst < 2; burst++) {
      for (let i = 0; i < 4; i++) await (touch ? coupon.tap() : coupon.click({ delay: 0 }));
      await page.clock.runFor(1200);
    }
    await expect.poll(async () => (await recorded(page, 'offer')).length, { timeout: 5000 }).toBe(1);
  };

  test('a visitor rage-clicking "Apply coupon" gets an offer about the button that covers neither the coupon field nor "Go to checkout"', async ({ page }) => {
    await rageAtTheCoupon(page);
    const card = offerCard(page);
    await expect(card).toBeVisible();
    await expect(card).toContainText('“Apply coupon” not working?');
    await expect(card).not.toContainText(/find it/);
    await expectClearOf(card, page.getByRole('button', { name: 'Apply coupon' }), page.locator('#coupon-code'), page.getByRole('link', { name: 'Go to checkout' }));
    expect(await recorded(page, 'error')).toEqual([]);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    test('the same visitor: the card stays clear of the button, the field and "Go to checkout"', async ({ page }) => {
      await rageAtTheCoupon(page, true);
      const card = offerCard(page);
      await expect(card).toBeVisible();
      await expectClearOf(card, page.getByRole('button', { name: 'Apply coupon' }), page.locator('#coupon-code'), page.getByRole('link', { name: 'Go to checkout' }));
    });
  });
});
