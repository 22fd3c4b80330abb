import { expect, test, type Page } from '@playwright/test';
import { answerPresence, type DemoServer, heedReady, offerCard, recorded, recordHeedEvents, startDemo } from './helpers';

// Restraint on the demo shop: a shopper who finds what they came for never sees an offer. They
// browse, search successfully, read a product, add it to the cart and check out, at a human pace
// (fake clock), well past the 15 s entry window. And before any need, Heed fetches nothing but
// itself (SPEC §9): with the shop's per-site heed.js (`heed build`, the config compiled in) not even
// the config; with the generic heed.js, the config file only.

const builds = {
  site: { script: '/heed/heed.js', before: ['/heed/heed.js'] },
  generic: { script: '/heed-generic/heed.js', before: ['/heed-generic/heed.js', '/heed.config.json'] },
} as const;

for (const [build, expected] of Object.entries(builds) as Array<[keyof typeof builds, (typeof builds)[keyof typeof builds]]>) {
  test.describe(`the ${build === 'site' ? 'per-site' : 'generic'} heed.js`, () => {
    let demo: DemoServer;
    test.beforeAll(async () => {
      demo = await startDemo({ heed: build });
    });
    test.afterAll(async () => {
      await demo?.close();
    });

    /** Reading: a wheel turn and a small pointer move every 3 s of (fake) time. */
    async function read(page: Page, seconds: number) {
      for (let t = 0; t < seconds; t += 3) {
        await page.mouse.move(500 + (t % 60), 420 + (t % 45));
        await page.mouse.wheel(0, 160);
        await page.clock.runFor(3000);
      }
    }

    /** Typing into a field, then a moment's thought before the next one. */
    async function type(page: Page, selector: string, text: string) {
      await page.locator(selector).click();
      await page.locator(selector).pressSequentially(text);
      await page.clock.runFor(2500);
    }

    test('a shopper who browses, finds a spirit level, buys it and checks out never gets an offer', async ({ page }) => {
      test.setTimeout(60_000);
      const problems: string[] = [];
      page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await recordHeedEvents(page);
      await answerPresence(page);
      await page.clock.install();
      // What Heed fetches (SPEC §9: before any need, the config file only, besides heed.js itself; a per-site heed.js not even that).
      const heedRequests: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname.startsWith('/heed') || url.port === '8787') heedRequests.push(url.port === '8787' ? url.href : url.pathname);
      });
      page.on('websocket', (socket) => heedRequests.push(socket.url()));

      // Home page, then the spirit levels.
      await page.goto(`${demo.url}/`);
      await heedReady(page);
      await read(page, 9);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Spirit levels' }).click();
      await page.waitForURL('**/category/levels.html');
      await heedReady(page);
      await read(page, 12);

      // A search that finds what they want.
      await page.locator('#q').click();
      await page.locator('#q').pressSequentially('spirit level');
      await page.locator('#q').press('Enter');
      await page.waitForURL('**/search.html?q=spirit+level');
      await heedReady(page);
      await expect(page.locator('#search-summary')).toHaveText('7 products for “spirit level”');
      await read(page, 9);

      // A product, read properly, into the cart.
      await page.locator('#results').getByRole('link', { name: 'Box Beam Spirit Level, 1200 mm' }).click();
      await page.waitForURL('**/products/box-beam-level-1200.html');
      await heedReady(page);
      await read(page, 24);
      await page.locator('#add-to-cart').click();
      await expect(page.locator('#cart-status')).toContainText('Added 1 × Box Beam Spirit Level, 1200 mm to your cart.');
      await expect(page.locator('[data-cart-count]').first()).toHaveText('1');
      await page.clock.runFor(3000);

      // Cart, checkout.
      await page.locator('#cart-status').getByRole('link', { name: 'View cart' }).click();
      await page.waitForURL('**/cart.html');
      await heedReady(page);
      await expect(page.locator('#cart-total')).toHaveText('£52.00');
      await read(page, 6);
      await page.getByRole('link', { name: 'Go to checkout' }).click();
      await page.waitForURL('**/checkout/');
      await heedReady(page);
      await page.clock.runFor(3000);
      const expiry = new Date(await page.evaluate(() => Date.now()));
      const year = String((expiry.getFullYear() + 3) % 100).padStart(2, '0');
      await type(page, '#email', 'ada@example.com');
      await type(page, '#full-name', 'Ada Lovelace');
      await type(page, '#address-line1', '12 Canal Street');
      await type(page, '#town', 'Halifax');
      await type(page, '#postcode', 'HX7 1AB');
      await type(page, '#card-number', '4242 4242 4242 4242');
      await type(page, '#card-expiry', `09/${year}`);
      await type(page, '#card-cvc', '123');
      await type(page, '#card-name', 'A Lovelace');
      await page.getByRole('button', { name: 'Place order' }).click();
      await page.waitForURL('**/checkout/thanks.html');
      await heedReady(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you, your order is confirmed');
      await expect(page.locator('#order-number')).toHaveText(/^LP-\d{5}$/);
      await read(page, 6);

      // Well past the entry window, on seven pages: no offer, no offer card, never high need.
      const all = await recorded(page);
      expect(all.filter((e) => e.name === 'page' || e.name === 'signal').length, 'Heed was watching').toBeGreaterThan(0);
      expect(all.filter((e) => e.name === 'offer')).toEqual([]);
      expect(all.filter((e) => e.name === 'need' && e.payload.level === 'high')).toEqual([]);
      expect(all.filter((e) => e.name === 'error')).toEqual([]);
      await expect(offerCard(page)).toHaveCount(0);
      // No need at all, so nothing but the script (and the generic build's config), once per page: no chunk, no relay.
      expect(all.filter((e) => e.name === 'need')).toEqual([]);
      await expect(page.locator(`script[src="${expected.script}"]`)).toHaveCount(1);
      expect([...new Set(heedRequests)].sort()).toEqual([...expected.before].sort());
      await expect(page.locator('heed-help').getByRole('button', { name: 'Help', exact: true })).toBeVisible();
      expect(problems).toEqual([]);
    });
  });
}
