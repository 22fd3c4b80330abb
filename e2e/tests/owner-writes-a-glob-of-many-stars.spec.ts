import { expect, test } from '@playwright/test';
import { beActive, heedReady, offerCard, searchFor, tabEvents } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

test('pages[].match globs of hundreds of stars: the page stays responsive, the over-long one is reported and ignored, help is still offered', async ({ page }) => {
  await page.goto('/policy/long-globs.html');
  await heedReady(page);
  const errors = await tabEvents(page, 'error');
  expect(errors.map((e) => [e.code, e.path])).toEqual([['config-invalid', 'pages[0].match']]);
  await beActive(page, 16);
  // Every decision looks up the page's rule: with a backtracking matcher this hung the renderer.
  await searchFor(page, 'laser tripod');
  await searchFor(page, 'laser stand');
  await expect(offerCard(page)).toBeVisible();
  const [offer] = await tabEvents(page, 'offer');
  // The over-long rule (proactive: false) was dropped; the 200-star one does not match; /policy/* does.
  expect(offer.topic).toBe('tools');
  expect((await tabEvents(page, 'error')).filter((e) => e.code !== 'config-invalid')).toEqual([]);
});
