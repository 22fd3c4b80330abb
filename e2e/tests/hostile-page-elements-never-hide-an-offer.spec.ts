import { expect, test, type Page } from '@playwright/test';
import { recordEachTest } from '../helpers/hardeningPage';
import { events, failTwoSearches, helpTab, offerCard } from './helpers';

// A page can take Heed's element for itself, hide it or remove it. Heed must then step aside with
// one `error` event and never emit `offer` for a card nobody can see: an owner counting offers (or
// forwarding them to analytics) would otherwise count help that was never shown.

const HOSTILE: Record<string, () => void> = {
  'defines its own <heed-help> with a shadow root': () =>
    customElements.define(
      'heed-help',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' });
        }
      },
    ),
  'defines its own <heed-help> that hides itself': () =>
    customElements.define(
      'heed-help',
      class extends HTMLElement {
        connectedCallback() {
          this.style.display = 'none';
        }
      },
    ),
  'hides heed-help with display: none !important': () =>
    document.addEventListener('DOMContentLoaded', () => document.head.append(Object.assign(document.createElement('style'), { textContent: 'heed-help { display: none !important }' }))),
  'fades heed-help to opacity 0': () =>
    document.addEventListener('DOMContentLoaded', () => document.head.append(Object.assign(document.createElement('style'), { textContent: 'heed-help { opacity: 0 !important }' }))),
  'removes the heed-help element': () => addEventListener('heed:ready', () => setTimeout(() => document.querySelector('heed-help')?.remove(), 0)),
};

async function struggleOn(page: Page, hostile?: () => void) {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.clock.install();
  if (hostile) await page.addInitScript(hostile);
  await failTwoSearches(page);
  // The card is placed asynchronously; give the policy every chance to emit.
  await page.clock.runFor(2000);
  return pageErrors;
}

recordEachTest('hostile pages');

for (const [name, hostile] of Object.entries(HOSTILE)) {
  test(`a page that ${name}: no page error, one error event, and no offer event`, async ({ page }) => {
    const pageErrors = await struggleOn(page, hostile);
    await expect.poll(async () => (await events(page, 'error')).map((e) => e.code)).toEqual(['host']);
    expect(pageErrors).toEqual([]);
    expect(await events(page, 'offer')).toEqual([]);
    // Two more signals: still no offer, still one error.
    await page.locator('#q').fill('laser level');
    await page.locator('#q').press('Enter');
    await page.clock.runFor(3000);
    expect(await events(page, 'offer')).toEqual([]);
    expect(await events(page, 'error')).toHaveLength(1);
  });
}

test('on a page that leaves Heed alone, the same visitor gets the offer, and it is visible', async ({ page }) => {
  const pageErrors = await struggleOn(page);
  await expect(offerCard(page)).toBeVisible();
  expect(await events(page, 'offer')).toHaveLength(1);
  expect(await events(page, 'error')).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('a page that replaces Array.prototype.map with a broken one: heed.state() answers and the panel opens', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // An old library's "polyfill" that breaks the built-in, installed once Heed has loaded.
  await page.addInitScript(() =>
    addEventListener('heed:ready', () => {
      Array.prototype.map = () => {
        throw new Error('patched by the page');
      };
    }),
  );
  await page.goto('/offers/search.html');
  // The test's own page code must not use the broken built-ins either.
  await page.waitForFunction(() => {
    const log = (window as unknown as { log: unknown[][] }).log;
    for (let i = 0; i < log.length; i++) if (log[i][0] === 'ready') return true;
    return false;
  });
  const state = await page.evaluate(() => {
    try {
      return JSON.stringify((window as unknown as { heed: { state(): unknown } }).heed.state());
    } catch (error) {
      return `threw: ${(error as Error).message}`;
    }
  });
  expect(state).not.toMatch(/^threw/);
  await helpTab(page).click();
  await expect(page.locator('heed-help').getByRole('dialog', { name: 'How can we help?' })).toBeVisible();
  expect(pageErrors).toEqual([]);
});
