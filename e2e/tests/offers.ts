import { expect, type Page } from '@playwright/test';

type Logged = Array<[string, Record<string, unknown>, number]>;

/** Events recorded by the offers fixtures (`window.log`). */
export const events = async (page: Page, name?: string): Promise<Array<Record<string, unknown>>> =>
  (await page.evaluate(() => (window as unknown as { log: Logged }).log)).filter(([n]) => !name || n === name).map(([n, p, t]) => ({ name: n, t, ...p }));

/** Active time: the pointer moves every 2 s of (fake) clock time. */
export async function beActive(page: Page, seconds: number) {
  for (let t = 0; t < seconds; t += 2) {
    await page.mouse.move(200 + (t % 40), 400 + (t % 30));
    await page.clock.runFor(2000);
  }
}

/** Types a query into the search box and submits it, then lets the results settle. */
export async function search(page: Page, query: string) {
  await page.locator('#q').fill(query);
  await page.locator('#q').press('Enter');
  await page.clock.runFor(800);
}

export const offerDialog = (page: Page) => page.locator('heed-help').getByRole('dialog').filter({ has: page.getByRole('button', { name: 'No thanks' }) });

export async function ready(page: Page) {
  await expect.poll(() => page.evaluate(() => (window as unknown as { log: Logged }).log.some(([n]) => n === 'ready'))).toBe(true);
}

/** A visitor past the entry window who fails two searches: an offer is due. */
export async function failTwoSearches(page: Page, url = '/offers/search.html') {
  await page.goto(url);
  await ready(page);
  await beActive(page, 16);
  await search(page, 'laser tripod');
  await search(page, 'laser stand');
  await page.clock.runFor(2500);
}
