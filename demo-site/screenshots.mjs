// Screenshots of Heed on the demo shop, for the README: `pnpm screenshots` (or `node demo-site/screenshots.mjs` after `pnpm build`).
// Builds the account app, serves the shop like `pnpm demo` (packages/tools/demo.mjs) on a free port, starts
// a chat relay with an agent signed in to its console when the relay package is there, and drives the
// system Chromium through the "Try it" story. Run `pnpm build` first. Writes demo-site/screenshots/:
//
//   tab.png     the home page with the Help tab on the right edge
//   offer.png   after two searches that found nothing: the offer next to the search box
//   panel.png   the panel, opened from the Help tab
//   chat.png    "Chat with us" in the panel, with a reply from the agent (skipped without a chat view)
//   expert.png, callback.png  the expert view on the checkout, and the callback request in the console
//   locale-{en,de,ar}-{desktop,phone}.png  the panel in English, German and Arabic (right to left),
//               on a 1280×800 desktop (cropped to the panel's side) and a 390×844 phone
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { buildDemo } from './build.mjs';
import { startDemoServer } from '../packages/tools/demo-server.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const out = here('./screenshots/');
const viewport = { width: 1280, height: 800 };
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const stops = [];
const stop = () => Promise.allSettled(stops.reverse().map((fn) => fn()));

/** Waits for `check()` to be true, moving a fake clock along (if `page` has one) while it waits. */
async function until(check, { page, what, timeout = 10_000 } = {}) {
  for (const started = Date.now(); Date.now() - started < timeout; ) {
    if (await check()) return;
    if (page) await page.clock.runFor(250).catch(() => {});
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** An active visitor: the pointer moves every 2 s of fake time. */
async function beActive(page, seconds) {
  for (let t = 0; t < seconds; t += 2) {
    await page.mouse.move(700 + (t % 40), 560 + (t % 30));
    await page.clock.runFor(2000);
  }
}

const heedReady = (page) => page.waitForFunction(() => window.heed && !Array.isArray(window.heed)).then(() => page.evaluate(() => window.heed.ready));

async function search(page, query) {
  await page.locator('#q').fill(query);
  await page.locator('#q').press('Enter');
  await page.waitForURL((url) => url.pathname === '/search.html' && url.searchParams.get('q') === query);
  await heedReady(page);
  await page.clock.runFor(1500);
}

async function shoot(page, name, what) {
  await page.screenshot({ path: `${out}${name}`, animations: 'disabled', caret: 'hide' });
  console.log(`demo-site/screenshots/${name}  ${what}`);
}

try {
  // The chat relay, as `pnpm demo` starts it, on a free port and with an in-memory database.
  let relay;
  const relayEntry = here('../packages/relay/src/index.js');
  if (existsSync(relayEntry)) {
    try {
      const { startRelay } = await import(pathToFileURL(relayEntry).href);
      relay = await startRelay({
        port: 0,
        db: ':memory:',
        token: 'screenshots',
        origins: 'http://127.0.0.1:*,http://localhost:*',
        log: false,
      });
      stops.push(() => relay.close());
    } catch (error) {
      console.warn(`The chat relay did not start (${error.message}): no chat screenshot.`);
    }
  }

  // The shop's per-site heed.js has the config compiled in: built for this run's relay.
  await buildDemo({ quiet: true, relayUrl: relay?.wsUrl });
  const site = await startDemoServer();
  stops.push(() => site.close());
  // The locale shots change the config per language: the generic build reads it at load (the per-site one has it compiled in).
  const generic = await startDemoServer({ heed: 'generic' });
  stops.push(() => generic.close());

  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  stops.push(() => browser.close());
  mkdirSync(out, { recursive: true });

  /** A fresh visitor (nothing remembered), on this run's relay. */
  async function visitor() {
    const context = await browser.newContext({ viewport, colorScheme: 'light', reducedMotion: 'reduce', locale: 'en-GB', timezoneId: 'Europe/London' });
    // The account app (npm packages) fetches the config itself: point it at this run's relay too.
    if (relay) {
      await context.route('**/heed.config.json', async (route) => {
        const config = await (await route.fetch()).json();
        await route.fulfill({ json: { ...config, chat: { ...config.chat, url: relay.wsUrl } } });
      });
    }
    return context.newPage();
  }

  // 1. The tab: the home page as a visitor first sees it.
  {
    const page = await visitor();
    await page.goto(`${site.url}/`);
    await heedReady(page);
    await page.locator('heed-help').getByRole('button', { name: 'Help', exact: true }).waitFor();
    await page.mouse.move(400, 300);
    await shoot(page, 'tab.png', 'the home page and its Help tab');
    await page.context().close();
  }

  // An agent signed in to the relay's console, so that live chat is on offer.
  let agent;
  if (relay) {
    const context = await browser.newContext({ viewport });
    agent = await context.newPage();
    await agent.goto(`${relay.url}/console#token=screenshots`);
    await agent.locator('#presence-summary').getByText(/online/i).waitFor({ timeout: 10_000 });
  }

  // 2. The offer: two searches that find nothing, then the entry window passes (fake clock).
  const page = await visitor();
  await page.clock.install();
  await page.goto(`${site.url}/`);
  await heedReady(page);
  await search(page, 'laser tripod');
  await search(page, 'tripod for laser');
  await beActive(page, 16);
  const heed = page.locator('heed-help');
  const offer = heed.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'No thanks' }) });
  await until(() => offer.isVisible(), { page, what: 'the offer' });
  await page.mouse.move(300, 600);
  await page.clock.runFor(500);
  await shoot(page, 'offer.png', 'the offer next to the search box, after two searches that found nothing');

  // 3. The panel: the visitor opens the Help tab instead (the offer folds away).
  await heed.getByRole('button', { name: 'Help', exact: true }).click();
  const panel = heed.getByRole('dialog', { name: 'How can we help?' });
  await until(() => panel.isVisible(), { page, what: 'the panel' });
  await page.mouse.move(300, 600);
  await page.clock.runFor(500);
  await shoot(page, 'panel.png', 'the panel opened from the Help tab');

  // 4. Chat, when this build has a chat view and a relay is running.
  const chatButton = panel.getByRole('button', { name: 'Chat with us' });
  if (!relay || !(await chatButton.count())) {
    console.log('demo-site/screenshots/chat.png  skipped: no chat view or no relay in this build');
  } else {
    await chatButton.click();
    const chat = heed.getByRole('dialog', { name: 'Chat with us' });
    const composer = chat.getByRole('textbox', { name: 'Message' });
    try {
      await until(() => composer.isVisible(), { page, what: 'the chat view' });
      await composer.fill('Do you sell a tripod for a laser level?');
      await composer.press('Enter');
      await until(() => chat.getByText('Delivered').isVisible(), { page, what: 'the message to be delivered' });
      // The agent answers from the console.
      await agent.locator('#conversations li').first().click();
      await agent.locator('#reply').fill('Not yet, sorry! For a laser level most customers use a camera tripod with a 1/4" thread. Want me to suggest a level that fits one?');
      await agent.locator('#reply').press('Enter');
      await until(() => chat.locator('.msg.agent').isVisible(), { page, what: 'the agent’s reply' });
      await page.clock.runFor(500);
      await shoot(page, 'chat.png', 'a chat with the agent, started from the panel');
    } catch (error) {
      console.warn(`demo-site/screenshots/chat.png  skipped: ${error.message}`);
    }
  }

  // 5. The expert view on the checkout, inside the billing team's hours (a Wednesday at 11:00 in
  // London), and a callback request sent from it.
  {
    const shopper = await visitor();
    await shopper.clock.setFixedTime(new Date('2026-12-02T11:00:00Z'));
    await shopper.goto(`${site.url}/checkout/`);
    await heedReady(shopper);
    const help = shopper.locator('heed-help');
    await help.getByRole('button', { name: 'Help', exact: true }).click();
    await help.getByRole('button', { name: 'Talk to an expert' }).click();
    const billing = help.getByRole('region', { name: 'Billing and orders team' });
    try {
      await until(() => billing.isVisible(), { what: 'the expert view' });
      await billing.getByRole('button', { name: 'Request a callback' }).click();
      const form = billing.getByRole('form', { name: 'Request a callback from Billing and orders team' });
      await form.getByLabel('Your name').fill('Ada Lovelace');
      await form.getByLabel('Phone number').fill('+44 20 7946 0958');
      await form.getByLabel('When should we call? (your time)').selectOption('Afternoon (12:00–17:00)');
      await shopper.mouse.move(300, 600);
      await shoot(shopper, 'expert.png', 'the expert view on the checkout, with a callback request filled in');
      if (agent) {
        await form.getByRole('button', { name: 'Request the callback' }).click();
        await until(() => billing.getByText('will call you').isVisible(), { what: 'the request to be acknowledged' });
        await until(() => agent.locator('#requests li').first().isVisible(), { what: 'the request in the console' });
        await shoot(agent, 'callback.png', 'the callback request in the agent console, with what the visitor shared');
      }
    } catch (error) {
      console.warn(`demo-site/screenshots/expert.png  skipped: ${error.message}`);
    }
  }

  // 6. The panel in three languages (`ui.locale`), on a desktop and a phone: the README's grid.
  for (const [lang, label] of [['en', 'Help'], ['de', 'Hilfe'], ['ar', 'مساعدة']]) {
    for (const [device, size] of [['desktop', viewport], ['phone', { width: 390, height: 844 }]]) {
      const context = await browser.newContext({ viewport: size, colorScheme: 'light', reducedMotion: 'reduce', locale: 'en-GB', timezoneId: 'Europe/London' });
      await context.route('**/heed.config.json', async (route) => {
        // The demo's config spells out the English title; without it Heed says its own, in `lang`. The demo sets
        // `ui.label` too ("Help"): set to the language's own word, the tab reads as Heed would say it unset.
        const config = await (await route.fetch()).json();
        const { title: _title, ...ui } = config.ui;
        await route.fulfill({ json: { ...config, ui: { ...ui, locale: lang, label }, chat: relay ? { ...config.chat, url: relay.wsUrl } : config.chat } });
      });
      const shopper = await context.newPage();
      await shopper.goto(`${generic.url}/`);
      await heedReady(shopper);
      await shopper.locator('heed-help').getByRole('button', { name: label, exact: true }).click();
      await until(() => shopper.locator('heed-help').getByRole('dialog').isVisible(), { what: `the panel in ${lang}` });
      await shopper.mouse.move(size.width / 2, 40);
      // The desktop shot keeps the panel's side of the page (the left one right to left), so the images stay small.
      const side = lang === 'ar' ? 0 : size.width - 640;
      const clip = device === 'desktop' ? { x: side, y: 160, width: 640, height: 640 } : undefined;
      const name = `locale-${lang}-${device}.png`;
      await shopper.screenshot({ path: `${out}${name}`, animations: 'disabled', caret: 'hide', clip });
      console.log(`demo-site/screenshots/${name}  the panel in ${lang} on a ${device}`);
      await context.close();
    }
  }
} finally {
  await stop();
}
