import { expect, test, type Page } from '@playwright/test';
import { beActive, events, heedReady, offerCard, search } from './helpers';

/**
 * Six visitors on one shop page: three who struggle and should be offered help once, after the
 * entry window and soon after their struggle is clear; three who are fine and must never be
 * interrupted. Each prints when the offer came, measured from the onset of struggle.
 */
interface Persona {
  name: string;
  needsHelp: boolean;
  /** Acts on the page; returns the fake-clock time (ms since page load) when the struggle became clear. */
  act(page: Page): Promise<number | undefined>;
}

const now = (page: Page) => page.evaluate(() => Date.now());

const personas: Persona[] = [
  {
    name: 'zero-result searcher',
    needsHelp: true,
    async act(page) {
      await beActive(page, 20);
      await search(page, 'laser tripod');
      await beActive(page, 6);
      await search(page, 'laser stand');
      return now(page);
    },
  },
  {
    name: 'rage clicker on the broken coupon button',
    needsHelp: true,
    async act(page) {
      await beActive(page, 20);
      const apply = page.getByRole('button', { name: 'Apply coupon' });
      await apply.click({ clickCount: 1 });
      await apply.click();
      await apply.click();
      await page.clock.runFor(4000);
      for (let i = 0; i < 3; i++) await apply.click();
      return now(page);
    },
  },
  {
    name: 'form-error loop at checkout',
    needsHelp: true,
    async act(page) {
      await beActive(page, 20);
      const postcode = page.locator('#postcode');
      const pay = page.getByRole('button', { name: 'Continue to payment' });
      for (const attempt of ['12345', 'SW1', 'SW1A1']) {
        await postcode.fill(attempt);
        await pay.click();
        await page.clock.runFor(1500);
      }
      return now(page);
    },
  },
  {
    name: 'reader of the long guide',
    needsHelp: false,
    async act(page) {
      for (let i = 0; i < 30; i++) {
        await page.mouse.wheel(0, 120);
        await page.clock.runFor(3000);
      }
      return undefined;
    },
  },
  {
    name: 'successful repeat searcher',
    needsHelp: false,
    async act(page) {
      await beActive(page, 20);
      for (const q of ['spirit level', 'hammer', 'tape measure', 'level']) {
        await search(page, q);
        await beActive(page, 8);
      }
      return undefined;
    },
  },
  {
    name: 'careful shopper adding items and applying a working action',
    needsHelp: false,
    async act(page) {
      await beActive(page, 20);
      for (let i = 0; i < 4; i++) {
        await page.getByRole('button', { name: 'Add another' }).click();
        await beActive(page, 6);
      }
      await page.locator('#postcode').fill('SW1A 1AA');
      await page.getByRole('button', { name: 'Continue to payment' }).click();
      await beActive(page, 10);
      return undefined;
    },
  },
];

for (const persona of personas) {
  test(`${persona.needsHelp ? 'needs help' : 'does not need help'}: ${persona.name}`, async ({ page }) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() !== 'log' && problems.push(message.text()));
    await page.clock.install();
    await page.goto('/offers/shop.html');
    await heedReady(page);
    const start = await now(page);
    const onset = await persona.act(page);
    await page.clock.runFor(3000);
    // The decision reads the device's memory (IndexedDB) in real time: give it a moment either way.
    if (persona.needsHelp) await expect.poll(async () => (await events(page, 'offer')).length).toBeGreaterThan(0);
    else await page.waitForTimeout(500);
    const offers = await events(page, 'offer');
    if (persona.needsHelp) {
      if (process.env.PERSONA_DEBUG) console.log(problems, JSON.stringify((await events(page)).map((e) => [e.name, e.type ?? e.rule ?? e.level ?? e.kind, e.at])));
      expect(offers).toHaveLength(1);
      await expect(offerCard(page)).toBeVisible();
      const offeredAt = offers[0].t as number;
      const delay = Math.max(0, offeredAt - onset!);
      console.log(`persona "${persona.name}": offered ${(offeredAt - start) / 1000}s after load, ${delay / 1000}s after the onset of struggle`);
      expect(delay).toBeLessThan(30_000);
      expect(offeredAt - start).toBeGreaterThanOrEqual(15_000);
    } else {
      expect(offers).toEqual([]);
      await expect(offerCard(page)).toHaveCount(0);
      console.log(`persona "${persona.name}": no offer (need ${JSON.stringify((await events(page, 'need')).map((n) => n.level))})`);
    }
  });
}
