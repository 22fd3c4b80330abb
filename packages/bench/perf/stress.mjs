// Stress runs: 10,000 input events on a product page, 200 route changes in the account SPA.
import { median, sleep } from '../lib.mjs';
import { PRODUCT, STRESS_RUNS } from './settings.mjs';
import { heapAfterGc, metrics, newMeasuredPage, waitReady } from './pageLoad.mjs';

/** 10,000 input events through CDP: 7,000 pointer moves, 2,000 wheel turns, 1,000 clicks. */
async function inputStorm(page, cdp) {
  const paragraphs = page.locator('.product-details p');
  const spots = [];
  for (let i = 0; i < 3; i++) {
    const box = await paragraphs.nth(i).boundingBox();
    spots.push({ x: box.x + 40, y: box.y + 6 });
  }
  const events = [];
  for (let i = 0; i < 10_000; i++) {
    const kind = i % 10;
    if (kind < 7) events.push([{ type: 'mouseMoved', x: 120 + ((i * 37) % 880), y: 160 + ((i * 17) % 520) }]);
    else if (kind < 9) events.push([{ type: 'mouseWheel', x: 500, y: 400, deltaX: 0, deltaY: i % 20 < 10 ? 100 : -100 }]);
    else {
      // Clicks on text, three spots in turn: no two in a row on the same spot (not a rage click).
      const { x, y } = spots[Math.floor(i / 10) % 3];
      events.push([
        { type: 'mousePressed', x, y, button: 'left', clickCount: 1 },
        { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 },
      ]);
    }
  }
  for (let i = 0; i < events.length; i += 200) {
    await Promise.all(events.slice(i, i + 200).flat().map((event) => cdp.send('Input.dispatchMouseEvent', event)));
  }
}

export async function stressInputs(browser, site) {
  const runs = [];
  for (let i = 0; i < STRESS_RUNS * 2; i++) {
    const variant = i % 2 ? 'none' : 'heed';
    const { context, page, cdp } = await newMeasuredPage(browser);
    try {
      await page.goto(`${site.url}${PRODUCT}?bench=${variant}`, { waitUntil: 'load' });
      await waitReady(page, variant);
      await page.evaluate(() => {
        window.__signals = 0;
        window.heed?.on?.('signal', () => window.__signals++);
      });
      await sleep(300);
      const heapBefore = await heapAfterGc(cdp);
      const before = await metrics(cdp);
      const started = Date.now();
      await inputStorm(page, cdp);
      await sleep(500);
      const after = await metrics(cdp);
      const heapAfter = await heapAfterGc(cdp);
      const signals = await page.evaluate(() => window.__signals);
      const longTasks = await page.evaluate(() => window.__perf.longtasks.filter((d) => d > 50).length);
      runs.push({ variant, scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000, heapGrowth: heapAfter - heapBefore, realMs: Date.now() - started, signals, longTasks });
    } finally {
      await context.close();
    }
  }
  const stat = (variant, key) => median(runs.filter((r) => r.variant === variant).map((r) => r[key]));
  return {
    events: 10_000,
    runsPerVariant: STRESS_RUNS,
    heedScriptMs: stat('heed', 'scriptMs') - stat('none', 'scriptMs'),
    scriptMs: { heed: stat('heed', 'scriptMs'), none: stat('none', 'scriptMs') },
    heapGrowth: { heed: stat('heed', 'heapGrowth'), none: stat('none', 'heapGrowth') },
    heedSignals: stat('heed', 'signals'),
    longTasks: { heed: stat('heed', 'longTasks'), none: stat('none', 'longTasks') },
    runs,
  };
}

/** 200 route changes in the account app: Heed running vs the same app after heed.destroy(). */
export async function stressSpa(browser, site) {
  const runs = [];
  for (let i = 0; i < STRESS_RUNS * 2; i++) {
    const variant = i % 2 ? 'destroyed' : 'heed';
    const { context, page, cdp } = await newMeasuredPage(browser);
    try {
      await page.goto(`${site.url}/account/`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__heedReady === true);
      if (variant === 'destroyed') await page.evaluate(() => window.heed.destroy());
      await sleep(300);
      const heap0 = await heapAfterGc(cdp);
      const before = await metrics(cdp);
      const routesAt = [];
      for (const half of [0, 1]) {
        await page.evaluate(async (half) => {
          const cycle = ['/account/orders', '/account/orders/10418', '/account/orders', '/account/settings', '/account/'];
          for (let k = 0; k < 100; k++) {
            const path = cycle[(k + half * 100) % cycle.length];
            const a = document.createElement('a');
            a.href = path;
            document.body.append(a);
            a.click();
            a.remove();
            await new Promise((done) => setTimeout(done, 0));
          }
        }, half);
        routesAt.push(await heapAfterGc(cdp));
      }
      const after = await metrics(cdp);
      const tabKeys = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('heed:')).reduce((n, k) => n + sessionStorage.getItem(k).length, 0));
      runs.push({ variant, scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000, heapAt: [heap0, ...routesAt], heapGrowth: routesAt[1] - heap0, sessionStorageChars: tabKeys });
    } finally {
      await context.close();
    }
  }
  const stat = (variant, fn) => median(runs.filter((r) => r.variant === variant).map(fn));
  return {
    routeChanges: 200,
    runsPerVariant: STRESS_RUNS,
    heedScriptMs: stat('heed', (r) => r.scriptMs) - stat('destroyed', (r) => r.scriptMs),
    scriptMs: { heed: stat('heed', (r) => r.scriptMs), destroyed: stat('destroyed', (r) => r.scriptMs) },
    heapGrowth: { heed: stat('heed', (r) => r.heapGrowth), destroyed: stat('destroyed', (r) => r.heapGrowth) },
    heapGrowthSecondHundred: { heed: stat('heed', (r) => r.heapAt[2] - r.heapAt[1]), destroyed: stat('destroyed', (r) => r.heapAt[2] - r.heapAt[1]) },
    sessionStorageChars: stat('heed', (r) => r.sessionStorageChars),
    runs,
  };
}
