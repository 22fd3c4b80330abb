// One measured page load (CDP metrics, long tasks, layout shift, requests) and the main-thread comparison of the variants.
import { DESKTOP_UA, median, range, round, sleep } from '../lib.mjs';
import { HEED_VARIANTS, PRODUCT, RUNS, VARIANTS } from './settings.mjs';

/** Document-start observers, the same for every variant. */
export function observers() {
  // Headless Chromium sets navigator.webdriver, which PostHog counts as a bot (ENV.md).
  Object.defineProperty(Navigator.prototype, 'webdriver', { configurable: true, get: () => false });
  const perf = { longtasks: [], cls: 0, shifts: 0 };
  Object.defineProperty(window, '__perf', { value: perf });
  try {
    new PerformanceObserver((list) => list.getEntries().forEach((e) => perf.longtasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  } catch {
    /* not supported */
  }
  try {
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => {
        if (!e.hadRecentInput) {
          perf.cls += e.value;
          perf.shifts++;
        }
      }),
    ).observe({ type: 'layout-shift', buffered: true });
  } catch {
    /* not supported */
  }
  addEventListener('heed:ready', () => Object.defineProperty(window, '__heedReady', { value: true, configurable: true }));
}

export async function newMeasuredPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, userAgent: DESKTOP_UA, locale: 'en-GB' });
  await context.addInitScript(observers);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp };
}

export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}

export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize;
}

/** Is this request the page's own (document, stylesheet, shop script, images)? */
const ownRequest = (url) => /^\/(assets\/|favicon)/.test(url.pathname) || url.searchParams.has('bench');

export async function waitReady(page, variant) {
  if (HEED_VARIANTS.includes(variant)) await page.waitForFunction(() => window.__heedReady === true, null, { timeout: 10_000 });
  if (variant === 'posthog') await page.waitForFunction(() => window.posthog && window.posthog.__loaded === true, null, { timeout: 10_000 });
}

/** The scripted interaction, identical for every variant: pointer moves, clicks, typing, scrolling. */
export async function interact(page) {
  for (let i = 0; i < 30; i++) await page.mouse.move(120 + ((i * 97) % 880), 160 + ((i * 53) % 520));
  // A burst of clicks on text (three paragraphs in turn: never the same spot, never a control).
  const paragraphs = page.locator('.product-details p');
  const boxes = [];
  for (let i = 0; i < 3; i++) boxes.push(await paragraphs.nth(i).boundingBox());
  for (let i = 0; i < 6; i++) {
    const box = boxes[i % 3];
    await page.mouse.click(box.x + 40 + i * 15, box.y + 6);
    await sleep(80);
  }
  await page.locator('#q').click();
  await page.keyboard.type('spirit level', { delay: 40 });
  await page.mouse.move(500, 500);
  for (let i = 0; i < 8; i++) {
    await page.mouse.wheel(0, i < 6 ? 250 : -250);
    await sleep(60);
  }
}

async function measuredLoad(browser, site, variant) {
  const { context, page, cdp } = await newMeasuredPage(browser);
  const requests = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!ownRequest(url)) requests.push(url.pathname + (url.pathname.startsWith('/ph/') ? '' : url.search));
  });
  try {
    await page.goto(`${site.url}${PRODUCT}?bench=${variant}`, { waitUntil: 'load' });
    await waitReady(page, variant);
    await sleep(400);
    // The page load alone (what SPEC §9 budgets), then the same page after the scripted interaction.
    const loaded = await metrics(cdp);
    await interact(page);
    await sleep(1000);
    const m = await metrics(cdp);
    const perf = await page.evaluate(() => ({ longtasks: window.__perf.longtasks, cls: window.__perf.cls, shifts: window.__perf.shifts }));
    const heap = await heapAfterGc(cdp);
    const scriptFile = { heed: '/heed/heed.js', generic: '/heed-generic/heed.js', posthog: '/ph/static/array.js' }[variant];
    const beyond = requests.filter((r) => r !== scriptFile);
    return {
      variant,
      loadScriptMs: loaded.ScriptDuration * 1000,
      loadTaskMs: loaded.TaskDuration * 1000,
      scriptMs: m.ScriptDuration * 1000,
      taskMs: m.TaskDuration * 1000,
      longTasks: perf.longtasks.filter((d) => d > 50).length,
      longTaskMs: perf.longtasks.reduce((a, b) => a + b, 0),
      cls: perf.cls,
      heapBytes: heap,
      requests: beyond.length,
      requestPaths: beyond,
    };
  } finally {
    await context.close();
  }
}

export async function mainThread(browser, site) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate the order (A B C, B C A, C A B, …) so drift over the run falls on every variant.
    const order = VARIANTS.map((_, k) => VARIANTS[(k + i) % VARIANTS.length]);
    for (const variant of order) runs.push(await measuredLoad(browser, site, variant));
    process.stdout.write(`\rmain thread: ${i + 1}/${RUNS} rounds`);
  }
  process.stdout.write('\n');
  const keys = ['loadScriptMs', 'loadTaskMs', 'scriptMs', 'taskMs', 'longTasks', 'cls', 'heapBytes', 'requests'];
  const byVariant = Object.fromEntries(
    VARIANTS.map((variant) => {
      const mine = runs.filter((r) => r.variant === variant);
      const stats = Object.fromEntries(keys.map((key) => [key, { median: median(mine.map((r) => r[key])), range: range(mine.map((r) => r[key])) }]));
      const paths = [...new Set(mine.flatMap((r) => r.requestPaths.map((p) => p.replace(/[?].*$/, '').replace(/\/array\/[^/]+\//, '/array/<token>/'))))];
      return [variant, { n: mine.length, ...stats, requestPaths: paths }];
    }),
  );
  const delta = (variant, key) => byVariant[variant][key].median - byVariant.none[key].median;
  const deltas = Object.fromEntries([...HEED_VARIANTS, 'posthog'].map((variant) => [variant, Object.fromEntries(keys.map((key) => [key, key === 'requests' ? byVariant[variant][key].median : delta(variant, key)]))]));
  const ratioOf = (variant) => Object.fromEntries(keys.map((key) => [key, deltas.posthog[key] ? round(deltas[variant][key] / deltas.posthog[key], 3) : null]));
  return { runsPerVariant: RUNS, page: PRODUCT, byVariant, deltas, ratio: ratioOf('heed'), ratioGeneric: ratioOf('generic') };
}
