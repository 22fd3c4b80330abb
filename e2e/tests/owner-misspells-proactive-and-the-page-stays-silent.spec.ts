import { expect, test } from '@playwright/test';
import { beActive, heedReady, heldBackBy, offerCard, searchFor, tabEvents } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

test('the owner writes pages[].proactive: "no": the page stays silent, and the mistake is reported once with its path', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto('/policy/silenced.html');
  await heedReady(page);
  await beActive(page, 16);
  await searchFor(page, 'laser tripod');
  await searchFor(page, 'laser stand');
  await expect.poll(() => heldBackBy(page)).toContain('page');
  await beActive(page, 10);
  await expect(offerCard(page)).toHaveCount(0);
  expect(await tabEvents(page, 'offer')).toEqual([]);
  const errors = (await tabEvents(page, 'error')).filter((e) => e.code === 'config-invalid');
  // Once per page load: the visitor loaded the page three times (the start, two searches).
  expect(errors.map((e) => e.path)).toEqual(['pages[0].proactive', 'pages[0].proactive', 'pages[0].proactive']);
  expect(warnings.filter((w) => w.includes('pages[0].proactive'))).toHaveLength(3);
  // The tab still works.
  await page.locator('heed-help').getByRole('button', { name: 'Help', exact: true }).click();
  await expect(page.locator('heed-help').getByRole('dialog', { name: 'How can we help?' })).toBeVisible();
});
