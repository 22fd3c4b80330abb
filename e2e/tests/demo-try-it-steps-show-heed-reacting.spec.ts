import { expect, test, type Page } from '@playwright/test';
import { beActiveOnDemo, type DemoServer, expectSignalSeen, heedReady, offerCard, recorded, recordHeedEvents, signalTypes, startDemo } from './helpers';

// The demo shop's home page has a "Try it" strip (#try-it) that tells a first-time visitor how to
// get stuck on purpose. Each test follows one of its steps on the running demo, starting from the
// home page and its links, and checks that Heed reacts the way the step promises.

let demo: DemoServer;
test.beforeAll(async () => {
  demo = await startDemo();
});
test.afterAll(async () => {
  await demo?.close();
});

test.beforeEach(async ({ page }) => {
  await recordHeedEvents(page);
});

/** The home page, with Heed running. */
async function home(page: Page) {
  await page.goto(`${demo.url}/`);
  await heedReady(page);
  await expect(page.locator('#try-it')).toBeVisible();
}

/** The n-th step of the strip (0-based). */
const step = (page: Page, n: number) => page.locator('#try-it .try-steps > li').nth(n);

test('step 1: two searches for something the shop does not sell bring one offer, next to the search box, after the entry window', async ({ page }) => {
  // Fake clock: the entry window (15 s of activity) passes without waiting for it.
  await page.clock.install();
  await home(page);
  // The strip says what to type.
  const [first, second] = await step(page, 0).locator('kbd').allTextContents();
  expect([first, second]).toEqual(['laser tripod', 'tripod for laser']);

  await page.locator('#q').fill(first);
  await page.locator('#q').press('Enter');
  await page.waitForURL(/\/search\.html\?q=laser\+tripod$/);
  await heedReady(page);
  await expect(page.locator('#results .no-results')).toContainText(`No products match “${first}”`);
  await page.clock.runFor(1000);
  await expectSignalSeen(page, 'search-failure');

  await page.locator('#q').fill(second);
  await page.locator('#q').press('Enter');
  await page.waitForURL(/\/search\.html\?q=tripod\+for\+laser$/);
  await heedReady(page);
  await expect(page.locator('#results .no-results')).toBeVisible();
  await page.clock.runFor(1000);
  await expect.poll(async () => (await signalTypes(page)).filter((t) => t === 'search-failure'), { timeout: 5000 }).toHaveLength(2);
  const failures = await recorded(page, 'signal');
  expect(failures.filter((e) => e.payload.type === 'search-failure').map((e) => (e.payload.detail as { query: string }).query)).toEqual([first, second]);
  // The second query shares its words with the first: a refinement, too.
  expect(failures.find((e) => e.payload.type === 'search-refine')?.payload.detail).toEqual({ query: second, previous: first });
  await expect.poll(async () => (await recorded(page, 'need')).map((e) => e.payload.level), { timeout: 5000 }).toContain('high');

  // A visitor who just arrived gets no offer yet: the entry rule holds it back.
  await expect.poll(async () => (await recorded(page, 'suppress')).map((e) => e.payload.rule), { timeout: 5000 }).toContain('entry');
  expect(await recorded(page, 'offer')).toEqual([]);
  await expect(offerCard(page)).toHaveCount(0);

  // After the entry window, exactly one offer, anchored next to the search box (not over it).
  await beActiveOnDemo(page, 16);
  const card = offerCard(page);
  await expect(card).toBeVisible();
  await expect.poll(async () => (await recorded(page, 'offer')).length, { timeout: 5000 }).toBe(1);
  const [offer] = await recorded(page, 'offer');
  expect(offer.page).toBe('/search.html?q=tripod+for+laser');
  expect(offer.payload.topic).toBe('products');
  // As the strip says: the offer leads with the guide that answers it (we sell no laser tripods).
  expect(offer.payload).toMatchObject({ kind: 'articles', article: { title: 'Choosing a spirit level' } });
  await expect(card.getByRole('link', { name: 'Choosing a spirit level' })).toBeVisible();
  const box = (await page.locator('#q').boundingBox())!;
  const cardBox = (await card.boundingBox())!;
  expect(cardBox.y >= box.y + box.height - 1 || cardBox.y + cardBox.height <= box.y + 1, 'the card is above or below the search box').toBe(true);
  expect(Math.abs(cardBox.x + cardBox.width / 2 - (box.x + box.width / 2)), 'the card is lined up with the search box').toBeLessThan(box.width / 2 + cardBox.width / 2);
  expect(Math.min(cardBox.y, Math.abs(cardBox.y - (box.y + box.height))), 'the card is close to the search box').toBeLessThan(40);

  // Still one card a while later, and "No thanks" puts it away for good.
  await beActiveOnDemo(page, 6);
  await expect(card).toHaveCount(1);
  expect(await recorded(page, 'offer')).toHaveLength(1);
  await card.getByRole('button', { name: 'No thanks' }).click();
  await expect(card).toHaveCount(0);
  await expect.poll(async () => (await recorded(page, 'dismiss')).map((e) => e.payload.how)).toEqual(['button']);
  expect(await recorded(page, 'error')).toEqual([]);
});

test('step 2: clicking "Apply coupon" fast, again and again, is a rage click and need rises', async ({ page }) => {
  await home(page);
  await step(page, 1).getByRole('link', { name: 'the cart' }).click();
  await page.waitForURL('**/cart.html');
  await heedReady(page);
  const coupon = page.getByRole('button', { name: 'Apply coupon' });
  for (let i = 0; i < 4; i++) await coupon.click({ delay: 0 });
  await expectSignalSeen(page, 'rage-click');
  const [rage] = (await recorded(page, 'signal')).filter((e) => e.payload.type === 'rage-click');
  expect(rage.page).toBe('/cart.html');
  await expect.poll(async () => (await recorded(page, 'need')).map((e) => e.payload.level), { timeout: 5000 }).toContain('low');

  // A second burst: two rage clicks are enough on their own for high need (SPEC §4).
  await page.waitForTimeout(1200);
  for (let i = 0; i < 4; i++) await coupon.click({ delay: 0 });
  await expect.poll(async () => (await signalTypes(page)).filter((t) => t === 'rage-click').length, { timeout: 5000 }).toBe(2);
  await expect.poll(async () => (await recorded(page, 'need')).map((e) => e.payload.level), { timeout: 5000 }).toContain('high');
  const scores = (await recorded(page, 'need')).map((e) => e.payload.score!);
  expect(scores[scores.length - 1]).toBeGreaterThan(scores[0]);
  // Seconds after arriving: the entry rule holds any offer back.
  expect(await recorded(page, 'offer')).toEqual([]);
  expect(await recorded(page, 'error')).toEqual([]);
});

test('step 3: bouncing between the spirit levels list and products is pogo-sticking', async ({ page }) => {
  // Real clock: Heed recognises a Back page load from the navigation timing entry, which
  // Playwright's fake clock replaces.
  await home(page);
  await step(page, 2).getByRole('link', { name: 'Spirit levels' }).click();
  await page.waitForURL('**/category/levels.html');
  await heedReady(page);
  for (const product of ['Magnetic Torpedo Level, 230 mm', 'Digital Level, 600 mm']) {
    await page.getByRole('link', { name: product }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(product);
    await heedReady(page);
    await page.waitForTimeout(1500);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spirit levels');
    await heedReady(page);
  }
  await expectSignalSeen(page, 'pogo-stick');
  const pogo = (await recorded(page, 'signal')).find((e) => e.payload.type === 'pogo-stick')!;
  expect(pogo.page).toBe('/category/levels.html');
  expect(pogo.payload.detail).toMatchObject({ list: '/category/levels.html', returns: 2 });
  await expect.poll(async () => (await recorded(page, 'need')).map((e) => e.payload.level), { timeout: 5000 }).toContain('high');
  expect(await recorded(page, 'error')).toEqual([]);
});

test('step 4: a postcode the checkout keeps rejecting is a form error, and three rejections are high need', async ({ page }) => {
  await home(page);
  const [postcode] = await step(page, 3).locator('kbd').allTextContents();
  expect(postcode).toBe('12345');
  await step(page, 3).getByRole('link', { name: 'the checkout' }).click();
  await page.waitForURL('**/checkout/');
  await heedReady(page);
  // Everything else filled in properly, so the postcode is the one field in the way.
  const year = String((new Date().getFullYear() + 3) % 100).padStart(2, '0');
  const fields = { email: 'ada@example.com', 'full-name': 'Ada Lovelace', 'address-line1': '12 Canal Street', town: 'Halifax', postcode };
  const card = { 'card-number': '4242 4242 4242 4242', 'card-expiry': `09/${year}`, 'card-cvc': '123', 'card-name': 'A Lovelace' };
  for (const [id, value] of Object.entries({ ...fields, ...card })) await page.locator(`#${id}`).fill(value);
  for (let i = 0; i < 3; i++) {
    // A person reads the message before trying again (Heed counts rejections within 400 ms as one).
    if (i > 0) await page.waitForTimeout(800);
    await page.getByRole('button', { name: 'Place order' }).click();
    await expect(page.locator('#postcode')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#error-list li')).toHaveText(['Enter a real UK postcode, like HX7 1AB']);
    await expect(page.locator('#error-summary')).toBeFocused();
  }
  await expect.poll(async () => (await signalTypes(page)).filter((t) => t === 'form-error').length, { timeout: 5000 }).toBe(2);
  const errors = (await recorded(page, 'signal')).filter((e) => e.payload.type === 'form-error');
  expect(errors.map((e) => e.payload.detail)).toMatchObject([
    { field: 'Postcode', rejections: 2 },
    { field: 'Postcode', rejections: 3 },
  ]);
  await expect.poll(async () => (await recorded(page, 'need')).map((e) => e.payload.level), { timeout: 5000 }).toContain('high');
  expect(await recorded(page, 'offer')).toEqual([]);
  expect(await recorded(page, 'error')).toEqual([]);
});

test('step 5: the debug link shows the overlay with the live need score', async ({ page }) => {
  await home(page);
  // Get a little stuck first, then come back to the home page and follow the link.
  await page.locator('#q').fill('laser tripod');
  await page.locator('#q').press('Enter');
  await page.waitForURL('**/search.html?q=laser+tripod');
  await heedReady(page);
  await expectSignalSeen(page, 'search-failure');
  await page.getByRole('link', { name: 'Level & Plumb' }).first().click();
  await page.waitForURL(`${demo.url}/`);
  await heedReady(page);
  await step(page, 4).getByRole('link', { name: /heed-debug/ }).click();
  await page.waitForURL('**/?heed-debug');
  await heedReady(page);
  const overlay = page.locator('heed-help').getByRole('region', { name: 'Heed debug' });
  await expect(overlay).toBeVisible();
  // The failed search from the previous page still counts: need is low, with its score.
  await expect(overlay).toContainText(/need low · score \d+\.\d\d · evidence 1 event\(s\)/);
  // Live: the score decays second by second while the overlay is open.
  const before = await overlay.textContent();
  await expect.poll(() => overlay.textContent(), { timeout: 5000 }).not.toBe(before);
  expect(await recorded(page, 'error')).toEqual([]);
});

test.describe('step 6', () => {
  // A visitor in London on a Saturday evening: the billing team (Mon–Fri 09:00–17:30, London) is closed.
  test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

  test('step 6: on the checkout page the expert view names the billing team first, says when it is back, and takes a callback request', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-28T18:00:00Z'));
    await home(page);
    await step(page, 5).getByRole('link', { name: 'the checkout page' }).click();
    await page.waitForURL('**/checkout/');
    await heedReady(page);
    const widget = page.locator('heed-help');
    await widget.getByRole('button', { name: 'Help', exact: true }).click();
    await widget.getByRole('dialog').getByRole('button', { name: 'Talk to an expert' }).click();
    const billing = widget.getByRole('region', { name: 'Billing and orders team' });
    await expect(widget.locator('.team').first()).toHaveAttribute('data-team', 'Billing and orders team');
    await expect(billing).toContainText('Payments, invoices, delivery and returns.');
    await expect(billing).toContainText('Back Monday 09:00 your time');
    await expect(billing.getByRole('button')).toHaveText(['Request a callback', 'Send a message']);
    await billing.getByRole('button', { name: 'Request a callback' }).click();
    await expect(billing.getByRole('form', { name: 'Request a callback from Billing and orders team' }).getByLabel('Phone number')).toBeVisible();
    // The other teams are one step away.
    await expect(widget.locator('details').getByText('Other teams')).toBeVisible();
    expect(await recorded(page, 'error')).toEqual([]);
  });
});
