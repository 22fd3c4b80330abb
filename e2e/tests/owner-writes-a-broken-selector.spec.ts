import { expect, test } from '@playwright/test';
import { heedReady, searchFor, tabEvents } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

test('signals.search.input "#search[": reported once as config-invalid with its path, no runtime errors as the visitor types, and searches still count', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto('/policy/bad-selector.html');
  await heedReady(page);
  await page.locator('#q').pressSequentially('laser tripod', { delay: 20 });
  await page.clock.runFor(2000);
  const errors = await tabEvents(page, 'error');
  expect(errors.map((e) => [e.code, e.path])).toEqual([['config-invalid', 'signals.search.input']]);
  expect(warnings.filter((w) => w.includes('signals.search.input'))).toHaveLength(1);
  // The default selector finds the search box: a failed search still counts.
  await searchFor(page, 'laser stand');
  const failures = (await tabEvents(page, 'signal')).filter((e) => e.type === 'search-failure');
  expect(failures.length).toBeGreaterThanOrEqual(1);
  expect((await tabEvents(page, 'error')).filter((e) => e.code === 'runtime')).toEqual([]);
});

test('invalid results and empty selectors: each reported once with its path, nothing thrown while the visitor searches', async ({ page }) => {
  await page.goto('/policy/bad-selectors.html');
  await heedReady(page);
  await page.locator('#q').pressSequentially('laser tripod', { delay: 20 });
  await page.locator('#q').press('Enter');
  await page.waitForURL(/q=laser/);
  await heedReady(page);
  await page.locator('#q').pressSequentially(' x', { delay: 20 });
  await page.clock.runFor(4000);
  const errors = await tabEvents(page, 'error');
  expect(errors.filter((e) => e.code !== 'config-invalid')).toEqual([]);
  // Two page loads, each reads the config once.
  expect(errors.map((e) => e.path)).toEqual(['signals.search.results', 'signals.search.empty', 'signals.search.results', 'signals.search.empty']);
});
