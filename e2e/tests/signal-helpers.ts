import { expect, type Page } from '@playwright/test';

/** Helpers for the signal and scenario specs, whose fixtures live in e2e/fixtures/signals/. */

export interface Signal {
  type: string;
  weight: number;
  at: number;
  detail: Record<string, unknown>;
}

export interface Need {
  level: 'none' | 'low' | 'high';
  score: number;
  reasons: Signal[];
}

/** [event name, payload, page it was recorded on] */
type Entry = [string, unknown, string];

/**
 * Everything Heed emitted in this tab, across page loads: the fixture pages record each event
 * in sessionStorage (`e2e:log`) as well as in `window.log`.
 */
export const tabLog = (page: Page): Promise<Entry[]> => page.evaluate(() => JSON.parse(sessionStorage.getItem('e2e:log') || '[]'));

/** `signal` events of this tab, optionally of one type. */
export const signals = async (page: Page, type?: string): Promise<Signal[]> =>
  (await tabLog(page)).filter(([name, payload]) => name === 'signal' && (!type || (payload as Signal).type === type)).map(([, payload]) => payload as Signal);

/** `need` events of this tab. */
export const needs = async (page: Page): Promise<Need[]> => (await tabLog(page)).filter(([name]) => name === 'need').map(([, payload]) => payload as Need);

/** Signal types in the order they were emitted. */
export const signalTypes = async (page: Page): Promise<string[]> => (await signals(page)).map((signal) => signal.type);

/** Waits until Heed on the current document has started (config loaded, detectors running). */
export const heedReady = (page: Page) => page.waitForFunction(() => (window as unknown as { log: unknown[][] }).log.some(([name]) => name === 'ready'));

/** Opens `url` and waits for Heed. */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await heedReady(page);
}

/** Waits until the tab has recorded a signal of `type` and returns them all. */
export async function expectSignal(page: Page, type: string, count = 1): Promise<Signal[]> {
  await expect.poll(async () => (await signals(page, type)).length, { message: `${type} signals` }).toBe(count);
  return signals(page, type);
}

/** The need level Heed reports right now (`heed.state()`). */
export const needNow = (page: Page): Promise<Need> =>
  page.evaluate(() => (window as unknown as { heed: { state(): { need: Need } } }).heed.state().need);

/**
 * An active visitor who is not getting anywhere: a small pointer move every `everyMs` for
 * `totalMs` of (fake) time. Needs `page.clock.install()` before the page loaded.
 */
export async function fidget(page: Page, totalMs: number, everyMs = 3000): Promise<void> {
  for (let t = 0, i = 0; t < totalMs; t += everyMs, i++) {
    await page.mouse.move(200 + (i % 2) * 40, 300 + (i % 3) * 20);
    await page.clock.runFor(Math.min(everyMs, totalMs - t));
  }
}

/**
 * A visitor reading down the page: a wheel turn of `stepPx` every `everyMs` for `totalMs` of
 * (fake) time, with a pointer move in between like a hand resting on the mouse.
 */
export async function read(page: Page, totalMs: number, { everyMs = 4000, stepPx = 200 } = {}): Promise<void> {
  for (let t = 0, i = 0; t < totalMs; t += everyMs, i++) {
    await page.mouse.move(300 + (i % 2) * 30, 400);
    await page.mouse.wheel(0, stepPx);
    await page.clock.runFor(Math.min(everyMs, totalMs - t));
  }
}
