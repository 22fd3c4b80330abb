import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, type Page } from '@playwright/test';

/**
 * The page the hardening suite loads each hostile input into: a small shop page (search box,
 * results, a button) with the script tag and the config inline, served by a route so that no
 * fixture file is needed per case. What happened is collected by {@link runCase}.
 */

const escapeJson = (config: unknown) => (JSON.stringify(config) ?? 'null').replace(/</g, '\\u003c');

export const casePage = (config: unknown, extraHead = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Hardening case</title>
<script>
  // Each case is a new visitor: nothing carried over from the previous case in this tab.
  sessionStorage.clear();
  window.heed = window.heed || []; window.log = [];
  ['signal', 'need', 'error', 'offer', 'suppress', 'open', 'close'].forEach(function (name) {
    heed.push(['on', name, function (payload) { log.push([name, payload]); }]);
  });
  addEventListener('heed:ready', function () { log.push(['ready']); });
</script>
${extraHead}
<script type="application/json" id="heed-config">${escapeJson(config)}</script>
<script async src="/heed/heed.js"></script>
</head><body><main>
<h1>Tools</h1>
<form id="search" onsubmit="event.preventDefault(); document.getElementById('results').innerHTML = '<p class=no-results>No results</p>'">
  <label>Search <input id="q" name="q" type="search"></label> <button>Search</button>
</form>
<div id="results"></div>
<button id="buy" type="button">Buy</button>
<label>Email <input id="email" type="email" required></label>
</main></body></html>`;

/** Everything the suite checks after a case. */
export interface CaseResult {
  ready: boolean;
  pageErrors: string[];
  errorEvents: number;
  offers: number;
  tabVisible: boolean;
  polluted: boolean;
  xss: boolean;
  injected: number;
}

/** Serves `html` at `url` for this page (a route, so nothing is written to disk). */
export async function serve(page: Page, url: string, html: string): Promise<void> {
  await page.unroute(url);
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
}

/**
 * Loads `html` and uses the page the way a visitor does — rage-clicks, a failed search, a route
 * change, the tab, every panel view, Escape — then reports what happened.
 */
export async function runCase(page: Page, html: string): Promise<CaseResult> {
  const pageErrors: string[] = [];
  const onError = (error: Error) => pageErrors.push(error.message);
  page.on('pageerror', onError);
  await serve(page, '**/hardening/case.html', html);
  await page.goto('/hardening/case.html');
  const ready = await page
    .waitForFunction(() => (window as unknown as { log: unknown[][] }).log.some(([name]) => name === 'ready'), null, { timeout: 5000 })
    .then(() => true, () => false);
  for (let i = 0; i < 3; i++) await page.locator('#buy').click({ delay: 10 });
  await page.locator('#q').fill('zzqx');
  await page.locator('#q').press('Enter');
  await page.evaluate(() => history.pushState(null, '', '/hardening/case.html?step=2'));
  const tab = page.locator('heed-help').getByRole('button').first();
  const tabVisible = await tab.isVisible().catch(() => false);
  if (tabVisible) await tab.click({ timeout: 2000 }).catch(() => {});
  await page.evaluate(async () => {
    const heed = (window as unknown as { heed: { open?(view: string): void; state?(): unknown } }).heed;
    for (const view of ['articles', 'expert', 'chat', 'home']) {
      heed.open?.(view);
      await new Promise((done) => setTimeout(done, 50));
    }
    heed.state?.();
  });
  await page.keyboard.press('Escape');
  // Click every link Heed rendered that does not leave the page: a script URL would run here.
  const found = await page.evaluate(() => {
    const root = document.querySelector('heed-help')?.shadowRoot;
    const links = [...(root?.querySelectorAll('a') || [])];
    const w = window as unknown as { log: unknown[][]; __xss?: number };
    return {
      errorEvents: w.log.filter(([name]) => name === 'error').length,
      offers: w.log.filter(([name]) => name === 'offer').length,
      polluted: 'polluted' in {} || 'polluted' in Object.prototype,
      injected: root ? root.querySelectorAll('img, script, iframe, object, embed').length : 0,
      badLinks: links.filter((a) => !/^(https?|mailto|tel):/i.test(a.href)).length,
    };
  });
  await page.waitForTimeout(50);
  const xss = await page.evaluate(() => !!(window as unknown as { __xss?: number }).__xss);
  page.off('pageerror', onError);
  return { ready, pageErrors, tabVisible, xss, errorEvents: found.errorEvents, offers: found.offers, polluted: found.polluted, injected: found.injected + found.badLinks };
}

// One file per record, so that the two Playwright workers (and retries) never overwrite each
// other's figures; packages/tools/reliability.mjs adds them up for the README.
const results = fileURLToPath(new URL('../../.cache/reliability/', import.meta.url));
const slug = (text: string) => text.replace(/[^\w-]+/g, '-').slice(0, 120);

/** Records figures for one part of a section (`tried`, `failed`, … are summed; `max…` keys take the maximum). */
export function recordReliability(section: string, figures: Record<string, number>, part = ''): void {
  mkdirSync(results, { recursive: true });
  writeFileSync(`${results}${slug(`${section}--${part}`)}.json`, JSON.stringify({ section, ...figures, at: new Date().toISOString() }));
}

/** Records every test of the calling file as one case of `section`: tried, and held when it passed (its last attempt counts). */
export function recordEachTest(section: string): void {
  // Playwright requires a destructuring pattern for the fixtures, even when none is used.
  // eslint-disable-next-line no-empty-pattern
  test.afterEach(({}, info) => recordReliability(section, { tried: 1, held: info.status === 'passed' ? 1 : 0 }, info.title));
}
