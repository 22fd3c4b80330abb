import { expect, test, type Page } from '@playwright/test';
import { recordEachTest } from '../helpers/hardeningPage';
import { heedReady } from './helpers';

// Pages do odd things to the APIs Heed builds on. None of them may stop the detectors, and Heed
// must never make a missing page API look present.
recordEachTest('hostile pages');

const withoutNavigationApi = () => Object.defineProperty(window, 'navigation', { value: undefined, configurable: true });

async function rageClick(page: Page) {
  // The fake clock keeps the three clicks within the rage window however loaded the machine is.
  await page.clock.install();
  await page.goto('/signals/rage.html');
  await heedReady(page);
  for (let i = 0; i < 3; i++) await page.locator('#apply').click({ delay: 20 });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { log: Array<[string, { type?: string }]> }).log.filter(([n, p]) => n === 'signal' && p.type === 'rage-click').length))
    .toBe(1);
}

test('a page that freezes history (no Navigation API): detectors still run and the page can still push', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(withoutNavigationApi);
  await page.addInitScript(() => Object.freeze(history));
  await rageClick(page);
  await page.evaluate(() => history.pushState(null, '', '?step=2'));
  expect(new URL(page.url()).search).toBe('?step=2');
  expect(errors).toEqual([]);
});

test('a page that set history.pushState to null: Heed does not put a function back', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(withoutNavigationApi);
  await page.addInitScript(() => ((history as unknown as { pushState: unknown }).pushState = null));
  await rageClick(page);
  expect(await page.evaluate(() => history.pushState === null)).toBe(true);
  expect(errors).toEqual([]);
});

test('a corrupt navigation list in session storage (heed:nav = 5) is discarded, not trusted', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => sessionStorage.setItem('heed:nav', '5'));
  await rageClick(page);
  expect(errors).toEqual([]);
});
