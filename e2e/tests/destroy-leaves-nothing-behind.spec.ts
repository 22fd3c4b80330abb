import { expect, test } from '@playwright/test';
import { heedReady } from './helpers';

test('destroy() removes the DOM, listeners and timers; only window.heed remains', async ({ page }) => {
  // Record the page's globals and listener registrations before Heed runs.
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    w.__before = Object.getOwnPropertyNames(window);
    // Only what Heed's own files register counts: the stack tells whose call it is.
    const fromHeed = () => /\/heed\/heed[^/]*\.js/.test(new Error().stack || '');
    const ids = new WeakMap<object, number>();
    let next = 0;
    const id = (l: unknown) => (l ? (ids.get(l as object) ?? (ids.set(l as object, ++next), next)) : 0);
    const capture = (o: unknown) => (typeof o === 'boolean' ? o : !!(o as { capture?: boolean } | undefined)?.capture);
    const targets = new WeakMap<EventTarget, number>();
    const key = (t: EventTarget, type: string, l: unknown, o: unknown) => `${id(t)}:${type}:${id(l)}:${capture(o)}`;
    void targets;
    const live = new Map<string, [EventTarget, string]>();
    const add = EventTarget.prototype.addEventListener;
    const remove = EventTarget.prototype.removeEventListener;
    EventTarget.prototype.addEventListener = function (type: string, l: EventListenerOrEventListenerObject | null, o?: boolean | AddEventListenerOptions) {
      if (fromHeed() && !(typeof o === 'object' && o?.once)) {
        const k = key(this, type, l, o);
        live.set(k, [this, `${(this as { constructor: { name: string } }).constructor.name} ${type}`]);
        // A listener added with a signal is removed when the signal aborts.
        if (typeof o === 'object') o.signal?.addEventListener('abort', () => live.delete(k), { once: true });
      }
      return add.call(this, type, l, o);
    };
    EventTarget.prototype.removeEventListener = function (type: string, l: EventListenerOrEventListenerObject | null, o?: boolean | EventListenerOptions) {
      live.delete(key(this, type, l, o));
      return remove.call(this, type, l, o);
    };
    w.__liveListeners = live;
    const timers = new Set<number>();
    const st = window.setTimeout;
    const ct = window.clearTimeout;
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...a: unknown[]) => {
      const mine = fromHeed();
      const t = st(() => {
        timers.delete(t);
        if (typeof fn === 'function') fn(...a);
      }, ms);
      if (mine) timers.add(t);
      return t;
    }) as typeof setTimeout;
    window.clearTimeout = ((t: number) => (timers.delete(t), ct(t))) as typeof clearTimeout;
    w.__timers = timers;
  });
  await page.goto('/basic.html');
  await heedReady(page);
  const before = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return { pushState: history.pushState.toString(), listeners: (w.__liveListeners as Map<string, unknown>).size };
  });
  await page.locator('heed-help').getByRole('button', { name: 'Help', exact: true }).click();
  await expect(page.locator('heed-help').getByRole('dialog')).toBeVisible();
  const result = await page.evaluate(async () => {
    const w = window as unknown as Record<string, unknown> & { heed: { destroy(): void } };
    w.heed.destroy();
    await new Promise((r) => setTimeout(r, 50));
    const before = new Set(w.__before as string[]);
    const added = Object.getOwnPropertyNames(window).filter((n) => !before.has(n) && !n.startsWith('__') && n !== 'log');
    // Listeners on elements that left the document go with them; anything else still attached is a leak.
    const live = [...(w.__liveListeners as Map<string, [EventTarget, string]>).values()]
      .filter(([target]) => !(target instanceof Node) || target.isConnected)
      .map(([, what]) => what);
    return {
      added,
      hosts: document.querySelectorAll('heed-help').length,
      live,
      timers: (w.__timers as Set<number>).size,
    };
  });
  // Heed did register listeners while running (so the check below can fail).
  expect(before.listeners).toBeGreaterThan(5);
  expect(result.added).toEqual(['heed']);
  expect(result.hosts).toBe(0);
  expect(result.timers).toBe(0);
  expect(result.live).toEqual([]);
  expect(await page.evaluate(() => history.pushState.toString())).toBe(before.pushState);
  // The page still works.
  await page.getByRole('button', { name: 'A button' }).click();
});
