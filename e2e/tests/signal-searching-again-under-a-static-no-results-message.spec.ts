import { expect, test, type Page } from '@playwright/test';
import { expectSignal, heedReady, needs, open, signals } from './helpers';

// search-failure (README, "Signals and the need model"): a second failed search must count even
// when the page shows its "no results" message by switching one static element on, so that
// nothing in the page changes between the first failure and the second.

/** Types `query` into the search box as a visitor does and presses Enter; waits for the site's answer. */
async function search(page: Page, query: string) {
  const box = page.getByRole('searchbox', { name: 'Search the catalogue' });
  await box.click();
  await box.press('ControlOrMeta+a');
  await box.pressSequentially(query, { delay: 40 });
  await box.press('Enter');
  await expect(page.locator('main')).toHaveAttribute('data-query', query);
}

for (const mode of ['hidden', 'class', 'display', 'text', 'same']) {
  test(`two failed searches under a "no results" message toggled by ${mode}: two search-failures, high need`, async ({ page }) => {
    await open(page, `/signals/static-empty-search.html?mode=${mode}`);
    await expect(page.locator('.no-results')).toBeHidden();
    await search(page, 'laser tripod');
    await expect(page.locator('.no-results')).toBeVisible();
    await expectSignal(page, 'search-failure');
    await search(page, 'tripod for laser');
    await expect(page.locator('.no-results')).toBeVisible();
    const failures = await expectSignal(page, 'search-failure', 2);
    expect(failures.map((s) => s.detail.query)).toEqual(['laser tripod', 'tripod for laser']);
    expect((await needs(page)).map((n) => n.level)).toContain('high');
  });
}

test('a search with results after a failed one is not a failure, though the page answered late', async ({ page }) => {
  await open(page, '/signals/static-empty-search.html?mode=hidden');
  await search(page, 'laser tripod');
  await expectSignal(page, 'search-failure');
  await search(page, 'spirit');
  await expect(page.locator('#results li')).toHaveCount(2);
  await page.waitForTimeout(3500); // past the longest wait for results
  expect(await signals(page, 'search-failure')).toHaveLength(1);
});

test('a query typed but never searched (no Enter, nothing on the page changed) is not a failure', async ({ page }) => {
  await open(page, '/signals/static-empty-search.html?mode=hidden');
  await search(page, 'laser tripod');
  await expectSignal(page, 'search-failure');
  // The visitor types another query and pauses; this page searches only on Enter.
  const box = page.getByRole('searchbox', { name: 'Search the catalogue' });
  await box.press('ControlOrMeta+a');
  await box.pressSequentially('tripod for laser', { delay: 40 });
  await page.waitForTimeout(4500); // settled (1 s) and past the longest wait for results (3 s)
  await heedReady(page);
  expect(await signals(page, 'search-failure')).toHaveLength(1);
});
