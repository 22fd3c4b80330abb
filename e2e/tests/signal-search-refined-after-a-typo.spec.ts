import { expect, test, type Page } from '@playwright/test';
import { expectSignal, heedReady, open, signals } from './helpers';

// search-refine (SPEC §3): a new settled query within 5 min that overlaps the previous one, with
// no result opened in between.

/** Types a query into the search-as-you-type box, waits for its answer and lets it settle. */
async function typeQuery(page: Page, text: string) {
  const box = page.locator('#q');
  await box.fill('');
  await box.pressSequentially(text, { delay: 40 });
  await expect(page.locator('#results')).toHaveAttribute('data-query', text);
  await page.clock.runFor(1600);
}

/** Searches from the header box of a multi-page results page and waits for the next page. */
async function submitSearch(page: Page, text: string) {
  await page.locator('#q').fill(text);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(`**/search.html?q=${text.replace(/ /g, '+')}`);
  await heedReady(page);
}

test.describe('search-as-you-type', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install();
    await open(page, '/signals/instant.html');
  });

  test('"sprit levl", then "spirit level": a refinement', async ({ page }) => {
    await typeQuery(page, 'sprit levl');
    await typeQuery(page, 'spirit level');
    const refines = await signals(page, 'search-refine');
    expect(refines.map((s) => s.detail)).toEqual([{ query: 'spirit level', previous: 'sprit levl' }]);
    expect(refines[0].weight).toBe(2);
  });

  test('an unrelated query is not a refinement', async ({ page }) => {
    await typeQuery(page, 'spirit level');
    await typeQuery(page, 'hammer');
    expect(await signals(page, 'search-refine')).toEqual([]);
  });

  test('the same words more than 5 minutes later are a new search, not a refinement', async ({ page }) => {
    await typeQuery(page, 'sprit levl');
    await page.clock.runFor(5 * 60_000 + 1000);
    await typeQuery(page, 'spirit level');
    expect(await signals(page, 'search-refine')).toEqual([]);
  });
});

test.describe('multi-page search', () => {
  test('a results page for "sprit levl", then "spirit level" from its search box: a refinement', async ({ page }) => {
    await open(page, '/signals/search.html?q=sprit+levl');
    await expect(page.locator('.no-results')).toBeVisible();
    await submitSearch(page, 'spirit level');
    const [refine] = await expectSignal(page, 'search-refine');
    expect(refine.detail).toEqual({ query: 'spirit level', previous: 'sprit levl' });
  });

  test('opening a result in between: not a refinement', async ({ page }) => {
    await open(page, '/signals/search.html?q=sprit+levl');
    await expect(page.locator('.no-results')).toBeVisible();
    // The visitor opens the suggested product, reads it, comes back and searches properly.
    await page.getByRole('link', { name: 'Spirit level 60 cm' }).click();
    await page.waitForURL('**/item.html?id=level-60');
    await heedReady(page);
    await page.goBack();
    await heedReady(page);
    await submitSearch(page, 'spirit level');
    await expect(page.locator('#results li')).toHaveCount(2);
    await page.waitForTimeout(800);
    expect(await signals(page, 'search-refine')).toEqual([]);
  });

  test('opening a result from the search-as-you-type list in between: not a refinement', async ({ page }) => {
    await open(page, '/signals/instant.html');
    await page.locator('#q').pressSequentially('level', { delay: 40 });
    // "level" settles (1 s without typing); "spirit level" right after it would refine it.
    await page.waitForTimeout(1300);
    await page.getByRole('link', { name: 'spirit level' }).click();
    await page.waitForURL('**/item.html**');
    await heedReady(page);
    await page.goBack();
    await heedReady(page);
    await page.locator('#q').pressSequentially('spirit level', { delay: 40 });
    await page.locator('#q').press('Enter');
    await page.waitForTimeout(800);
    expect(await signals(page, 'search-refine')).toEqual([]);
  });
});
