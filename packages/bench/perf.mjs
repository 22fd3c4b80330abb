// Performance benchmark (`pnpm bench:perf`): sizes of Heed's files next to peers, main-thread
// cost of a page load with a scripted interaction (no script vs Heed vs posthog-js with
// autocapture, alternating in fresh contexts), a stress run (10,000 input events, 200 SPA route
// changes) and the offer latency on the real clock. See packages/bench/README.md for the method.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { DESKTOP_UA, bench, launchBrowser, machine, median, range, repo, round, sleep, startSite, textTable, writeJson } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 15);
const STRESS_RUNS = Number(process.env.BENCH_STRESS_RUNS || 3);
const LATENCY_RUNS = Number(process.env.BENCH_LATENCY_RUNS || 5);
const KB = 1024;
const PRODUCT = '/products/box-beam-level-600.html';
const TOKEN = 'phc_bench';

// ---------------------------------------------------------------- sizes

const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const measure = (files) => {
  const bufs = files.map((file) => readFileSync(file));
  const sum = (fn) => bufs.reduce((total, buf) => total + fn(buf), 0);
  return { raw: sum((b) => b.length), gzip: sum((b) => gzipSync(b, { level: 9 }).length), brotli: sum(brotli) };
};
const pkg = (name, path = '') => bench(`node_modules/${name}/${path}`);
const version = (name) => JSON.parse(readFileSync(pkg(name, 'package.json'), 'utf8')).version;

export function sizes() {
  const dist = repo('packages/embed/dist');
  const heedFiles = readdirSync(dist).filter((f) => f.endsWith('.js')).sort();
  const at = (f) => join(dist, f);
  const find = (re) => heedFiles.filter((f) => re.test(f)).map(at);
  const heed = heedFiles.map((file) => ({ name: file, ...measure([at(file)]) }));
  const heedGroups = [
    { name: 'heed.js (entry, on every page)', ...measure([at('heed.js')]) },
    { name: 'Heed on first need (entry + policy + panel)', ...measure([at('heed.js'), ...find(/^heed-(policy|panel)-/)]) },
    { name: 'Heed, every file', ...measure(heedFiles.map(at)) },
  ];
  const peers = [];
  peers.push({ name: `posthog-js ${version('posthog-js')} dist/array.js`, ...measure([pkg('posthog-js', 'dist/array.js')]) });
  peers.push({ name: `web-vitals ${version('web-vitals')} dist/web-vitals.iife.js`, ...measure([pkg('web-vitals', 'dist/web-vitals.iife.js')]) });
  const notes = [];
  const rc = pkg('@rocket.chat/livechat', 'build');
  if (existsSync(rc)) {
    const rcVersion = version('@rocket.chat/livechat');
    const loader = join(rc, 'rocketchat-livechat.min.js');
    // The widget itself runs in an iframe whose index.html loads these scripts up front.
    const app = [...readFileSync(join(rc, 'index.html'), 'utf8').matchAll(/<script src="(?:livechat\/)?([^"]+)"/g)].map((m) => join(rc, m[1]));
    peers.push({ name: `Rocket.Chat Livechat ${rcVersion} loader (host page)`, ...measure([loader]) });
    peers.push({ name: `Rocket.Chat Livechat ${rcVersion} loader + widget iframe (eager)`, ...measure([loader, ...app]) });
    notes.push(`Rocket.Chat Livechat from npm (@rocket.chat/livechat ${rcVersion}, its /build folder, published 2022): the host-page loader, and the loader plus the scripts the widget's iframe loads up front (${app.length} files); lazily loaded route chunks are not counted.`);
  } else {
    notes.push('Rocket.Chat Livechat skipped: @rocket.chat/livechat is not installed.');
  }
  const ratios = peers.map((peer) => ({
    peer: peer.name,
    entryBrotli: round(heedGroups[0].brotli / peer.brotli, 3),
    firstNeedBrotli: round(heedGroups[1].brotli / peer.brotli, 3),
    entryGzip: round(heedGroups[0].gzip / peer.gzip, 3),
  }));
  return { heed, heedGroups, peers, ratios, notes };
}

// ---------------------------------------------------------------- the site, with variants

const VARIANTS = ['none', 'heed', 'posthog'];
const HEED_TAG = /<script async src="\/heed\/heed\.js" data-config="([^"]*)"><\/script>/;

function posthogTag() {
  // What PostHog's HTML snippet does, in short: a stub that queues init, then array.js loaded async
  // from api_host. api_host is this loopback server (/ph), answered offline below.
  return `<script>window.posthog=window.posthog||[];posthog._i=[[${JSON.stringify(TOKEN)},{api_host:location.origin+"/ph",person_profiles:"identified_only"},undefined]];posthog.__SV=1;</script>
  <script async src="/ph/static/array.js"></script>`;
}

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8' };

/** Server routes: page variants (`?bench=`), bench configs, and an offline PostHog API under /ph/. */
export function routes(log) {
  const demoConfig = JSON.parse(readFileSync(repo('demo-site/public/heed.config.json'), 'utf8'));
  const configs = {
    // Latency runs measure from the deciding signal "once policy allows": the entry rule is met at once.
    '/bench/latency.config.json': { ...demoConfig, policy: { ...demoConfig.policy, minActiveSeconds: 0 } },
    // The cold path: a stall on /checkout/ after 3 s, so that high need comes before any chunk loaded.
    '/bench/cold.config.json': {
      ...demoConfig,
      policy: { ...demoConfig.policy, minActiveSeconds: 0 },
      pages: demoConfig.pages.map((rule) => (rule.match === '/checkout/*' ? { ...rule, dwellSeconds: 3 } : rule)),
    },
  };
  const json = (res, body) => res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' }).end(JSON.stringify(body));
  return [
    async (req, res, url) => {
      if (configs[url.pathname]) return json(res, configs[url.pathname]), true;
      if (url.pathname.startsWith('/ph/')) {
        const path = url.pathname.slice(3);
        log.push(path);
        if (path.startsWith('/static/')) {
          const file = pkg('posthog-js', `dist/${path.slice(8)}`);
          if (!existsSync(file)) return res.writeHead(404).end(), true;
          res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'text/javascript', 'cache-control': 'no-cache' }).end(await readFile(file));
          return true;
        }
        // Remote config: autocapture on (ENV.md: otherwise it stays off).
        if (/^\/array\/[^/]+\/config$/.test(path)) return json(res, { autocapture_opt_out: false }), true;
        if (/^\/array\/[^/]+\/config\.js$/.test(path)) {
          res.writeHead(200, { 'content-type': TYPES['.js'] }).end('window._POSTHOG_REMOTE_CONFIG=window._POSTHOG_REMOTE_CONFIG||{};');
          return true;
        }
        if (path.startsWith('/flags') || path.startsWith('/decide')) return json(res, { flags: {}, featureFlags: {}, errorsWhileComputingFlags: false, autocapture_opt_out: false }), true;
        return json(res, { status: 1 }), true;
      }
      const variant = url.searchParams.get('bench');
      if (!variant) return false;
      const file = repo(`demo-site/public${url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname}`);
      let html = await readFile(file, 'utf8');
      if (variant === 'none') html = html.replace(HEED_TAG, '');
      else if (variant === 'posthog') html = html.replace(HEED_TAG, posthogTag());
      else if (variant === 'latency' || variant === 'cold') html = html.replace(HEED_TAG, `<script async src="/heed/heed.js" data-config="/bench/${variant}.config.json"></script>`);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }).end(html);
      return true;
    },
  ];
}

// ---------------------------------------------------------------- one measured page load

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

async function newMeasuredPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, userAgent: DESKTOP_UA, locale: 'en-GB' });
  await context.addInitScript(observers);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp };
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize;
}

/** Is this request the page's own (document, stylesheet, shop script, images)? */
const ownRequest = (url) => /^\/(assets\/|favicon)/.test(url.pathname) || url.searchParams.has('bench');

async function waitReady(page, variant) {
  if (variant === 'heed') await page.waitForFunction(() => window.__heedReady === true, null, { timeout: 10_000 });
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
    const scriptFile = { heed: '/heed/heed.js', posthog: '/ph/static/array.js' }[variant];
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

async function mainThread(browser, site) {
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
  const deltas = Object.fromEntries(['heed', 'posthog'].map((variant) => [variant, Object.fromEntries(keys.map((key) => [key, key === 'requests' ? byVariant[variant][key].median : delta(variant, key)]))]));
  const ratio = Object.fromEntries(keys.map((key) => [key, deltas.posthog[key] ? round(deltas.heed[key] / deltas.posthog[key], 3) : null]));
  return { runsPerVariant: RUNS, page: PRODUCT, byVariant, deltas, ratio };
}

// ---------------------------------------------------------------- stress

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

async function stressInputs(browser, site) {
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
async function stressSpa(browser, site) {
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

// ---------------------------------------------------------------- offer latency (real clock)

/** Watches for the offer card becoming visible (at the next animation frame), on the real clock. */
function latencyProbe() {
  const probe = { signals: [], offerAt: null, visibleAt: null };
  Object.defineProperty(window, '__latency', { value: probe });
  window.heed = window.heed || [];
  window.heed.push(['on', 'signal', (s) => probe.signals.push({ type: s.type, at: s.at })]);
  window.heed.push(['on', 'offer', () => (probe.offerAt = Date.now())]);
  const frame = () => {
    const card = document.querySelector('heed-help')?.shadowRoot?.querySelector('[role=dialog].offer');
    if (card && getComputedStyle(card).visibility === 'visible' && card.getBoundingClientRect().width > 0) probe.visibleAt = Date.now();
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function latencyRun(browser, site, path) {
  const { context, page } = await newMeasuredPage(browser);
  await context.route(/^http:\/\/127\.0\.0\.1:8787\//, (route) => route.fulfill({ json: { online: false, agents: 0 } }));
  await context.addInitScript(latencyProbe);
  try {
    await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__heedReady === true);
    return page;
  } catch (error) {
    await context.close();
    throw error;
  }
}

async function readLatency(page, deciding) {
  await page.waitForFunction(() => window.__latency.visibleAt !== null, null, { timeout: 10_000 });
  const probe = await page.evaluate(() => window.__latency);
  const signal = [...probe.signals].reverse().find((s) => s.type === deciding);
  await page.context().close();
  return { deciding, signalToVisibleMs: probe.visibleAt - signal.at, signalToOfferEventMs: probe.offerAt - signal.at, signals: probe.signals.map((s) => s.type) };
}

async function offerLatency(browser, site) {
  const warm = [];
  for (let i = 0; i < LATENCY_RUNS; i++) {
    // The rage clicker: a first click on the dead button (a dead-click after 3 s: low need, chunks
    // preload), then a burst (rage-click: high need, the deciding signal).
    const page = await latencyRun(browser, site, '/cart.html?bench=latency');
    for (let k = 0; k < 5; k++) await page.mouse.move(300 + k * 20, 400);
    const apply = page.locator('#apply-coupon');
    await apply.click();
    await page.waitForFunction(() => window.__latency.signals.some((s) => s.type === 'dead-click'), null, { timeout: 10_000 });
    await sleep(500);
    for (let k = 0; k < 3; k++) await apply.click({ delay: 20 });
    warm.push(await readLatency(page, 'rage-click'));
  }
  const cold = [];
  for (let i = 0; i < Math.max(2, Math.ceil(LATENCY_RUNS / 2)); i++) {
    // A stall on /checkout/ (dwellSeconds 3 in this config): high need on the first signal, so the
    // policy and panel chunks load after the deciding signal.
    const page = await latencyRun(browser, site, '/checkout/?bench=cold');
    for (let k = 0; k < 14 && !(await page.evaluate(() => window.__latency.visibleAt)); k++) {
      await page.mouse.move(300 + (k % 4) * 30, 400 + (k % 3) * 20);
      await sleep(400);
    }
    cold.push(await readLatency(page, 'dwell'));
  }
  const summary = (runs) => ({ n: runs.length, medianMs: median(runs.map((r) => r.signalToVisibleMs)), range: range(runs.map((r) => r.signalToVisibleMs)), medianToOfferEventMs: median(runs.map((r) => r.signalToOfferEventMs)) });
  return { warm: { persona: 'rage clicker on #apply-coupon (chunks preloaded on low need)', ...summary(warm), runs: warm }, cold: { persona: 'stall on /checkout/ (high need first: policy and panel chunks load after the signal)', ...summary(cold), runs: cold } };
}

// ---------------------------------------------------------------- report

const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
const ms = (v) => (v === null || v === undefined ? '—' : `${v.toFixed(1)} ms`);
const mb = (v) => (v === null || v === undefined ? '—' : `${(v / 1024 / 1024).toFixed(2)} MB`);
const signed = (v, fmt) => (v === null || v === undefined ? '—' : `${v >= 0 ? '+' : '−'}${fmt(Math.abs(v))}`);
const x = (v) => (v === null || v === undefined ? '—' : `${v.toFixed(2)}×`);
const rangeOf = (s, fmt) => (s.range ? `${fmt(s.range[0])}–${fmt(s.range[1])}` : '—');

export function sizeRows(result) {
  const { sizes: s } = result;
  return [...s.heed.map((f) => ({ ...f, kind: 'Heed file' })), ...s.heedGroups.map((g) => ({ ...g, kind: 'Heed' })), ...s.peers.map((p) => ({ ...p, kind: 'peer' }))].map((r) => [
    r.name,
    kb(r.raw),
    kb(r.gzip),
    kb(r.brotli),
  ]);
}

export function ratioRows(result) {
  return result.sizes.ratios.map((r) => [r.peer, x(r.entryBrotli), x(r.firstNeedBrotli)]);
}

export function mainThreadRows(result) {
  const { byVariant: v, deltas: d, ratio } = result.mainThread;
  const row = (label, key, fmt, dfmt = fmt) => [
    label,
    `${fmt(v.none[key].median)} (${rangeOf(v.none[key], fmt)})`,
    `${fmt(v.heed[key].median)} (${rangeOf(v.heed[key], fmt)})`,
    `${fmt(v.posthog[key].median)} (${rangeOf(v.posthog[key], fmt)})`,
    key === 'requests' ? `${d.heed[key]}` : signed(d.heed[key], dfmt),
    key === 'requests' ? `${d.posthog[key]}` : signed(d.posthog[key], dfmt),
    x(ratio[key]),
  ];
  const count = (n) => (n === null ? '—' : `${round(n, 1)}`);
  const cls = (n) => (n === null ? '—' : n.toFixed(4));
  return [
    ...(v.none.loadScriptMs ? [row('ScriptDuration, page load', 'loadScriptMs', ms), row('TaskDuration, page load', 'loadTaskMs', ms)] : []),
    row('ScriptDuration, load + interaction', 'scriptMs', ms),
    row('TaskDuration, load + interaction', 'taskMs', ms),
    row('long tasks (> 50 ms)', 'longTasks', count),
    row('CLS (layout-shift sum)', 'cls', cls),
    row('JSHeapUsedSize after GC', 'heapBytes', mb),
    row('requests by the script (beyond its own file)', 'requests', count),
  ];
}

export function budgetRows(result) {
  const heedJs = result.sizes.heed.find((f) => f.name === 'heed.js');
  const panel = result.sizes.heed.filter((f) => /^heed-panel-/.test(f.name)).reduce((n, f) => n + f.brotli, 0);
  const policy = result.sizes.heed.filter((f) => /^heed-policy-/.test(f.name)).reduce((n, f) => n + f.brotli, 0);
  const d = result.mainThread.deltas.heed;
  const paths = result.mainThread.byVariant.heed.requestPaths;
  const lat = result.latency;
  const ok = (pass) => (pass ? 'ok' : 'over');
  return [
    ['heed.js (brotli)', '≤ 6 KB (repo enforces a 10 KB ceiling)', kb(heedJs.brotli), heedJs.brotli <= 6 * KB ? 'ok' : heedJs.brotli <= 10 * KB ? 'over the 6 KB target, under the 10 KB ceiling' : 'over'],
    ['panel + offer chunk (brotli)', '≤ 20 KB', `${kb(panel)} (+ policy chunk ${kb(policy)})`, ok(panel <= 20 * KB)],
    d.loadScriptMs === undefined
      ? ['main-thread time added to a page load', '≤ 5 ms', `${signed(d.scriptMs, ms)} script, ${signed(d.taskMs, ms)} task`, ok(d.scriptMs <= 5)]
      : [
          'main-thread time added to a page load',
          '≤ 5 ms',
          `${signed(d.loadScriptMs, ms)} script, ${signed(d.loadTaskMs, ms)} task (with the scripted interaction: ${signed(d.scriptMs, ms)} script)`,
          // Script time is what heed.js runs; task time adds the tab's rendering, storage and network IPC, and
          // the HTML parser's work that an async script's arrival reschedules (moved, not added, in traces).
          d.loadScriptMs > 5 ? 'over' : d.loadTaskMs > 5 ? 'ok for script time; task time over' : 'ok',
        ],
    ['long tasks', '0', `${signed(d.longTasks, (n) => `${n}`)} vs no script`, ok(d.longTasks <= 0)],
    ['layout shift', '0', `${signed(d.cls, (n) => n.toFixed(4))} vs no script`, ok(d.cls <= 0.0001)],
    ['network before need', 'the config file only', paths.join(', ') || 'none', ok(paths.length === 1 && paths[0] === '/heed.config.json')],
    [
      'deciding signal → visible offer',
      '≤ 100 ms',
      lat ? `${ms(lat.warm.medianMs)} median (${rangeOf(lat.warm, ms)}), cold ${ms(lat.cold.medianMs)}` : 'not measured',
      lat ? ok(lat.warm.medianMs <= 100) + (lat.cold.medianMs > 100 ? ' (cold path over)' : '') : '—',
    ],
  ];
}

export function latencyLine(result) {
  const { warm, cold } = result.latency;
  const one = (l) => `${ms(l.medianMs)} median, ${rangeOf(l, ms)} (the \`offer\` event after ${ms(l.medianToOfferEventMs)}), n = ${l.n}`;
  return `${warm.persona}: ${one(warm)}; ${cold.persona}: ${one(cold)}`;
}

export function stressRows(result) {
  const { inputs, spa } = result.stress;
  return [
    [`${inputs.events.toLocaleString('en')} input events (product page)`, signed(inputs.heedScriptMs, ms), `${mb(inputs.heapGrowth.heed)} (no script: ${mb(inputs.heapGrowth.none)})`, `${inputs.heedSignals} signals emitted`],
    [
      `${spa.routeChanges} SPA route changes (/account/)`,
      signed(spa.heedScriptMs, ms),
      `${mb(spa.heapGrowth.heed)} (Heed destroyed: ${mb(spa.heapGrowth.destroyed)}); 2nd hundred ${mb(spa.heapGrowthSecondHundred.heed)}`,
      `${spa.sessionStorageChars} chars in session storage`,
    ],
  ];
}

export const MAIN_HEADER = ['metric (median, range)', 'no script', 'Heed', 'posthog-js', 'Heed Δ', 'posthog Δ', 'Heed/peer'];
export const SIZE_HEADER = ['file', 'raw', 'gzip -9', 'brotli -q 11'];
export const RATIO_HEADER = ['Heed ÷ peer (brotli)', 'heed.js', 'Heed on first need'];
export const BUDGET_HEADER = ['SPEC §9 budget', 'target', 'measured', 'verdict'];
export const STRESS_HEADER = ['stress with Heed', 'Heed script time (Δ)', 'heap growth after GC', 'Heed state'];

async function main() {
  const wall = Date.now();
  const phLog = [];
  const site = await startSite({ routes: routes(phLog) });
  const browser = await launchBrowser();
  const result = { generated: new Date().toISOString(), machine: await machine(browser) };
  try {
    result.sizes = sizes();
    result.mainThread = await mainThread(browser, site);
    console.log('stress: 10,000 input events…');
    result.stress = { inputs: await stressInputs(browser, site) };
    console.log('stress: 200 SPA route changes…');
    result.stress.spa = await stressSpa(browser, site);
    console.log('offer latency (real clock)…');
    result.latency = await offerLatency(browser, site);
  } finally {
    await browser.close().catch(() => {});
    await site.close();
  }
  result.seconds = Math.round((Date.now() - wall) / 1000);
  result.notes = [
    ...result.sizes.notes,
    `Main thread: ${RUNS} page loads per variant of ${PRODUCT}, alternating none/Heed/posthog-js in fresh contexts with a desktop user agent; CDP Performance.getMetrics once the page has loaded and the script is ready (+400 ms), and again after a scripted interaction (30 pointer moves, 6 clicks on text, typing "spirit level" in the search box, 8 wheel turns). Absolute figures drift ~30 % between runs on 2 cores; ratios within one run hold.`,
    'posthog-js is served offline from the loopback server: api_host is /ph on the same origin, /array/<token>/config answers {"autocapture_opt_out": false}, /flags and the event endpoints answer with empty JSON.',
    'Offer latency runs on the real clock with minActiveSeconds 0 ("once policy allows") and the relay presence check answered at once by the harness (no agent online).',
  ];

  console.log(`\nSizes\n${textTable(SIZE_HEADER, sizeRows(result))}\n`);
  console.log(textTable(RATIO_HEADER, ratioRows(result)));
  console.log(`\nMain thread (${RUNS} loads each, medians and ranges)\n${textTable(MAIN_HEADER, mainThreadRows(result))}`);
  console.log(`\nrequests beyond the script file — Heed: ${result.mainThread.byVariant.heed.requestPaths.join(', ') || 'none'}; posthog-js: ${result.mainThread.byVariant.posthog.requestPaths.join(', ')}`);
  console.log(`\nStress\n${textTable(STRESS_HEADER, stressRows(result))}`);
  console.log(`\nOffer latency (deciding signal → offer card visible): ${latencyLine(result)}`);
  console.log(`\nSPEC §9 budgets\n${textTable(BUDGET_HEADER, budgetRows(result))}`);
  console.log(`\n${result.seconds} s`);

  for (const run of [...result.stress.inputs.runs, ...result.stress.spa.runs]) delete run.heapAt;
  writeJson(bench('results/perf.json'), result);
  const { refreshReadme } = await import(pathToFileURL(bench('refresh-readme.mjs')).href);
  refreshReadme({ perf: true });
  console.log('Wrote packages/bench/results/perf.json and refreshed the README block.');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
