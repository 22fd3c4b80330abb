import { expect, type Page } from '@playwright/test';
import { heedReady } from './ready';

/** Helpers for the policy specs, whose fixtures (e2e/fixtures/policy/) are multi-page: a search reloads the page. */

type Entry = [string, Record<string, unknown>, number, string];

/** Everything Heed emitted in this tab across page loads, as `{ name, t, url, ...payload }`. */
export const tabEvents = async (page: Page, name?: string): Promise<Array<Record<string, unknown>>> =>
  (await page.evaluate(() => JSON.parse(sessionStorage.getItem('e2e:policy') || '[]') as Entry[]))
    .filter(([n]) => !name || n === name)
    .map(([n, payload, t, url]) => ({ name: n, t, url, ...payload }));

/** The rules of the `suppress` events in this tab, optionally only those on pages whose URL matches `on`. */
export const heldBackBy = async (page: Page, on?: RegExp): Promise<string[]> =>
  (await tabEvents(page, 'suppress')).filter((e) => !on || on.test(e.url as string)).map((e) => e.rule as string);

/** Types a query into the box and presses Enter: the form loads the results page for it. */
export async function searchFor(page: Page, query: string) {
  await page.locator('#q').fill(query);
  await page.locator('#q').press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === query);
  await heedReady(page);
  // The results page is judged once its results have been quiet for 500 ms.
  await page.clock.runFor(1000);
}

/** Waits until this tab has recorded `count` events named `name`. */
export const expectTabEvents = (page: Page, name: string, count: number) =>
  expect.poll(async () => (await tabEvents(page, name)).length, { message: `${name} events` }).toBe(count);
