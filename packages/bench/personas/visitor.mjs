// A scripted visitor on the demo shop: a fresh browser context on Playwright's fake clock, with
// Heed's events recorded through the documented pre-load queue and a timeline of what the visitor
// did (page views, exit-intent moves, hiding the tab, the onset of struggle, a dismissal), from
// which the baseline policies are computed.

const REAL_PAUSE_MS = 15;
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Heed events recorded into sessionStorage (per tab, so they survive page loads). */
const EVENTS = ['signal', 'need', 'offer', 'suppress', 'dismiss', 'accept', 'open', 'close', 'error', 'goal'];

/**
 * Runs at document start BEFORE the fake clock is installed: keeps the real navigation timing
 * entries. Playwright's fake `performance` answers getEntriesByType() with [], which would hide
 * back/forward page loads from Heed (a harness artefact, not the browser's behaviour).
 */
function keepNavigationEntries() {
  const entries = performance.getEntriesByType('navigation');
  Object.defineProperty(window, '__benchNavigationEntries', { value: entries });
}

/** Runs at document start AFTER the fake clock: restores navigation entries and subscribes to Heed. */
function instrument(events) {
  const real = window.__benchNavigationEntries;
  const perf = window.performance;
  if (real && typeof perf.getEntriesByType === 'function') {
    const fake = perf.getEntriesByType.bind(perf);
    perf.getEntriesByType = (type) => (type === 'navigation' ? real : fake(type));
  }
  const KEY = 'bench:log';
  const compact = (name, payload) => {
    if (!payload || typeof payload !== 'object') return payload;
    const reasons = Array.isArray(payload.reasons) ? payload.reasons.map((s) => ({ type: s.type, at: s.at })) : undefined;
    if (name === 'signal') return { type: payload.type, weight: payload.weight, at: payload.at, detail: payload.detail };
    return { ...payload, reasons };
  };
  const log = (name, payload) => {
    try {
      const list = JSON.parse(sessionStorage.getItem(KEY) || '[]');
      list.push({ name, payload: compact(name, payload), t: Date.now(), page: location.pathname });
      sessionStorage.setItem(KEY, JSON.stringify(list));
    } catch {
      /* storage full or unavailable: the run reports what it has */
    }
  };
  // The documented pre-load queue (script-tag pages replay it when heed.js starts).
  window.heed = window.heed || [];
  for (const name of events) window.heed.push(['on', name, (payload) => log(name, payload)]);
  addEventListener('heed:ready', (event) => {
    // The account app embeds Heed with createHeed() and sets window.heed itself: subscribe there.
    if (!document.querySelector('script[src*="/heed/heed.js"]')) for (const name of events) event.detail.on(name, (payload) => log(name, payload));
    window.__benchReady = true;
  });
}

export class Visitor {
  /** @param {import('@playwright/test').Page} page */
  constructor(context, page, base) {
    this.context = context;
    this.page = page;
    this.base = base;
    /** @type {Array<{kind: string, t: number, [key: string]: unknown}>} */
    this.timeline = [];
    this.step = 0;
  }

  /** `prepare(context)`: the lift run's config and group (personas.mjs --lift), before the first page. */
  static async open(browser, base, prepare) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/London' });
    await prepare?.(context);
    // Nobody runs the chat relay here: answer its presence check the same way every run (no agent online).
    await context.route(/^http:\/\/127\.0\.0\.1:8787\//, (route) => route.fulfill({ json: { online: false, agents: 0 } }));
    await context.addInitScript(keepNavigationEntries);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.clock.install();
    await context.addInitScript(instrument, EVENTS);
    return new Visitor(context, page, base);
  }

  async close() {
    await this.context.close().catch(() => {});
  }

  /** Fake-clock time in the page (ms). */
  now() {
    return this.page.evaluate(() => Date.now());
  }

  /**
   * Advances the fake clock by `ms`, at most a second at a time with a short real pause after
   * each step: Heed's decisions also wait on real asynchronous work (IndexedDB, loading the policy
   * and panel chunks), which would otherwise lag behind by whole steps of fake time.
   */
  async tick(ms) {
    for (let left = ms; left > 0; left -= 1000) {
      await this.page.clock.runFor(Math.min(1000, left));
      await sleep(REAL_PAUSE_MS);
    }
  }

  async mark(kind, extra = {}) {
    const t = await this.now();
    this.timeline.push({ kind, t, ...extra });
    return t;
  }

  /** Marks the moment the struggle becomes clear (fake-clock time), or `at` when given. */
  async onset(at) {
    if (at !== undefined) this.timeline.push({ kind: 'onset', t: at });
    else await this.mark('onset');
  }

  async ready() {
    await this.page.waitForFunction(() => window.__benchReady === true);
  }

  async view() {
    await this.mark('view', { url: new URL(this.page.url()).pathname + new URL(this.page.url()).search });
  }

  /** Opens a page by URL (typing an address or following a bookmark). */
  async goto(path) {
    await this.page.goto(this.base + path);
    await this.ready();
    await this.view();
  }

  /** Follows a link or a button that loads another page (multi-page site). */
  async follow(locator) {
    const before = this.page.url();
    await locator.click();
    await this.page.waitForURL((url) => url.href !== before);
    await this.page.waitForLoadState('load');
    await this.ready();
    await this.view();
  }

  /** Follows a link inside the account single-page app (a route change, no page load). */
  async route(locator) {
    const before = this.page.url();
    await locator.click();
    await this.page.waitForURL((url) => url.href !== before);
    await this.tick(300);
    await this.view();
  }

  /** The pointer leaves through the top of the viewport: heading for the Back button, the tab bar or the close box. */
  async exitMove() {
    const { page } = this;
    await page.mouse.move(640, 60);
    await page.mouse.move(640, 2, { steps: 3 });
    await page.mouse.move(640, -20, { steps: 2 });
    await this.mark('exit');
    await this.tick(300);
  }

  /** The browser's Back button (an exit-intent move first: the pointer goes up to it). */
  async back({ spa = false } = {}) {
    await this.exitMove();
    const before = this.page.url();
    await this.page.goBack();
    await this.page.waitForURL((url) => url.href !== before);
    if (spa) await this.tick(300);
    else await this.ready();
    await this.view();
  }

  /** Active but getting nowhere: a small pointer move every `every` ms. */
  async fidget(ms, every = 2000) {
    for (let t = 0, i = 0; t < ms; t += every, i++) {
      await this.page.mouse.move(300 + (i % 3) * 37, 420 + (i % 2) * 23);
      await this.tick(Math.min(every, ms - t));
    }
  }

  /** Reading down the page: a wheel turn of `step` px every `every` ms, the hand on the mouse. */
  async read(ms, { every = 4000, step = 160 } = {}) {
    for (let t = 0, i = 0; t < ms; t += every, i++) {
      await this.page.mouse.move(420 + (i % 2) * 30, 450);
      await this.page.mouse.wheel(0, step);
      await this.tick(Math.min(every, ms - t) / 2);
      await this.page.mouse.move(440 + (i % 2) * 30, 470);
      await this.tick(Math.min(every, ms - t) / 2);
    }
  }

  /** Types into a field key by key, then pauses `pause` ms. */
  async type(selector, text, pause = 1500) {
    const field = this.page.locator(selector);
    await field.click();
    await field.press('ControlOrMeta+a');
    await field.pressSequentially(text);
    await this.tick(pause);
  }

  /** A search from the header box: type, Enter, the results page loads. */
  async search(query, { onset = false } = {}) {
    const box = this.page.locator('#q');
    await box.click();
    await box.press('ControlOrMeta+a');
    await box.pressSequentially(query);
    await this.tick(600);
    if (onset) await this.onset();
    const before = this.page.url();
    await box.press('Enter');
    await this.page.waitForURL((url) => url.href !== before);
    await this.page.waitForLoadState('load');
    await this.ready();
    await this.view();
    await this.tick(800);
  }

  /** Hides or shows the tab the way Heed reads it (headless Chromium never hides a page). */
  async setHidden(hidden) {
    await this.page.evaluate((hidden) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
    await this.mark(hidden ? 'hidden' : 'visible');
  }

  /** The offer card ("No thanks" inside Heed's shadow root). */
  offerCard() {
    return this.page.locator('heed-help').getByRole('dialog').filter({ has: this.page.getByRole('button', { name: 'No thanks' }) });
  }

  /**
   * Waits for an offer while staying active: fake time in small steps, real time between them
   * (the decision reads IndexedDB and may load the policy chunk). Returns true when one showed.
   */
  async waitForOffer({ fakeMs = 10_000, realMs = 4000 } = {}) {
    const card = this.offerCard();
    const started = Date.now();
    for (let t = 0; t < fakeMs || Date.now() - started < realMs; t += 1000) {
      if (await card.isVisible()) return true;
      if (t < fakeMs) {
        await this.page.mouse.move(320 + (t % 3000) / 100, 430);
        await this.tick(1000);
      } else await this.page.waitForTimeout(100);
    }
    return card.isVisible();
  }

  /** Says "No thanks" to the offer on screen. */
  async dismissOffer() {
    await this.offerCard().getByRole('button', { name: 'No thanks' }).click();
    await this.mark('dismiss');
  }

  /**
   * End of the script: a few more seconds, then a short real-time wait (offers are decided
   * asynchronously), then the visitor leaves (an exit-intent move).
   */
  async finish(needsHelp) {
    await this.fidget(3000, 1000);
    const offered = async () => (await this.heedLog()).some((e) => e.name === 'offer');
    const until = Date.now() + (needsHelp ? 3000 : 500);
    while (Date.now() < until && !(needsHelp && (await offered()))) await this.page.waitForTimeout(100);
    await this.exitMove();
    await this.mark('end');
  }

  heedLog() {
    return this.page.evaluate(() => JSON.parse(sessionStorage.getItem('bench:log') || '[]'));
  }
}
