import type { Page } from '@playwright/test';
import { heedReady } from './ready';

/** What a visitor does, on the page's (fake) clock: these need `page.clock.install()` before the page loaded. */

/**
 * An active visitor: the pointer moves every 2 s for `seconds`, around `at` (the demo specs keep the
 * pointer in the middle of the shop's wide layout).
 */
export async function beActive(page: Page, seconds: number, at = { x: 200, y: 400 }): Promise<void> {
  for (let t = 0; t < seconds; t += 2) {
    await page.mouse.move(at.x + (t % 40), at.y + (t % 30));
    await page.clock.runFor(2000);
  }
}

/** An active visitor who is not getting anywhere: a small pointer move every `everyMs` for `totalMs`. */
export async function fidget(page: Page, totalMs: number, everyMs = 3000): Promise<void> {
  for (let t = 0, i = 0; t < totalMs; t += everyMs, i++) {
    await page.mouse.move(200 + (i % 2) * 40, 300 + (i % 3) * 20);
    await page.clock.runFor(Math.min(everyMs, totalMs - t));
  }
}

/**
 * A visitor reading down the page: a wheel turn of `stepPx` every `everyMs` for `totalMs`, with a
 * pointer move in between like a hand resting on the mouse.
 */
export async function read(page: Page, totalMs: number, { everyMs = 4000, stepPx = 200 } = {}): Promise<void> {
  for (let t = 0, i = 0; t < totalMs; t += everyMs, i++) {
    await page.mouse.move(300 + (i % 2) * 30, 400);
    await page.mouse.wheel(0, stepPx);
    await page.clock.runFor(Math.min(everyMs, totalMs - t));
  }
}

/** Types a query into the search box (`#q`) and submits it, then lets the results settle. */
export async function search(page: Page, query: string): Promise<void> {
  await page.locator('#q').fill(query);
  await page.locator('#q').press('Enter');
  await page.clock.runFor(800);
}

/** A visitor past the entry window who fails two searches on an offers fixture: an offer is due. */
export async function failTwoSearches(page: Page, url = '/offers/search.html'): Promise<void> {
  await page.goto(url);
  await heedReady(page);
  await beActive(page, 16);
  await search(page, 'laser tripod');
  await search(page, 'laser stand');
  await page.clock.runFor(2500);
}
