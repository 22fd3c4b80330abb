import type { NeedState, SignalEvent } from '@heed/core';
import { expect, type Page } from '@playwright/test';

/**
 * Reading what Heed emitted. The fixture pages (e2e/fixtures) record every event through the
 * pre-load queue in `window.log` (and, on the signal fixtures, across page loads in
 * sessionStorage `e2e:log`); pages watched by `recordHeedEvents` (the demo shop) record in
 * `window.__events`.
 */

/** One recorded Heed event: its name, its payload and, where the recorder notes it, the page it happened on. */
export interface Recorded {
  name: string;
  page?: string;
  payload: Record<string, unknown> & { type?: string; level?: string; rule?: string; score?: number };
}

/** Every event this document recorded (`window.__events`, else `window.log`), optionally only those named `name`. */
export const recorded = async (page: Page, name?: string): Promise<Recorded[]> =>
  (
    await page.evaluate(() => {
      const w = window as unknown as { __events?: Recorded[]; log?: Array<[string, Recorded['payload']]> };
      return w.__events ?? (w.log ?? []).map(([name, payload]) => ({ name, payload }));
    })
  ).filter((event) => !name || event.name === name);

/** Types of the `signal` events recorded so far. */
export const signalTypes = async (page: Page): Promise<string[]> => (await recorded(page, 'signal')).map((event) => event.payload.type!);

/** Polls (offers and signals arrive asynchronously, in real time) until a `type` signal was recorded. */
export const expectSignalSeen = (page: Page, type: string) =>
  expect.poll(() => signalTypes(page), { message: `a ${type} signal`, timeout: 5000 }).toContain(type);

type Logged = Array<[string, Record<string, unknown>, number]>;

/** Events recorded by the offers fixtures (`window.log`, with the fake clock's time), flattened. */
export const events = async (page: Page, name?: string): Promise<Array<Record<string, unknown>>> =>
  (await page.evaluate(() => (window as unknown as { log: Logged }).log)).filter(([n]) => !name || n === name).map(([n, p, t]) => ({ name: n, t, ...p }));

/** [event name, payload, page it was recorded on] */
type Entry = [string, unknown, string];

/** Everything Heed emitted in this tab across page loads, on the signal fixtures (sessionStorage `e2e:log`). */
export const tabLog = (page: Page): Promise<Entry[]> => page.evaluate(() => JSON.parse(sessionStorage.getItem('e2e:log') || '[]'));

/** `signal` events of this tab, optionally of one type. */
export const signals = async (page: Page, type?: string): Promise<SignalEvent[]> =>
  (await tabLog(page)).filter(([name, payload]) => name === 'signal' && (!type || (payload as SignalEvent).type === type)).map(([, payload]) => payload as SignalEvent);

/** `need` events of this tab. */
export const needs = async (page: Page): Promise<NeedState[]> => (await tabLog(page)).filter(([name]) => name === 'need').map(([, payload]) => payload as NeedState);

/** Waits until the tab has recorded exactly `count` signals of `type` and returns them. */
export async function expectSignal(page: Page, type: string, count = 1): Promise<SignalEvent[]> {
  await expect.poll(async () => (await signals(page, type)).length, { message: `${type} signals` }).toBe(count);
  return signals(page, type);
}

/** The need level Heed reports right now (`heed.state()`). */
export const needNow = (page: Page): Promise<NeedState> => page.evaluate(() => (window as unknown as { heed: { state(): { need: NeedState } } }).heed.state().need);
