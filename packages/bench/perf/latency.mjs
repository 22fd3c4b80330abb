// Offer latency on the real clock: deciding signal → offer card visible.
import { median, range, sleep } from '../lib.mjs';
import { LATENCY_RUNS } from './settings.mjs';
import { newMeasuredPage } from './pageLoad.mjs';

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

export async function offerLatency(browser, site) {
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
