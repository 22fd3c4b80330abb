import { expect, test } from '@playwright/test';
import { beActive, events, failTwoSearches, heedReady, offerCard, search } from './helpers';

// Browsers without IndexedDB (some private modes, locked-down embeds) or whose open() throws: what
// must last the session — "No thanks" above all — lives in this tab's session storage instead.
for (const [name, breakIndexedDb] of [
  ['indexedDB is missing', () => Object.defineProperty(window, 'indexedDB', { value: undefined })],
  ['indexedDB.open() throws', () => (IDBFactory.prototype.open = () => { throw new DOMException('blocked', 'SecurityError'); })],
] as const) {
  test(`${name}: "No thanks" still holds on the next page of the tab`, async ({ page }) => {
    await page.addInitScript(breakIndexedDb);
    await page.clock.install();
    await failTwoSearches(page);
    await offerCard(page).getByRole('button', { name: 'No thanks' }).click();
    await expect(offerCard(page)).toBeHidden();
    // The next page of the site in the same tab: two more failed searches.
    await page.goto('/offers/search.html');
    await heedReady(page);
    await beActive(page, 16);
    await search(page, 'pipe bender');
    await search(page, 'pipe bending tool');
    await page.clock.runFor(3000);
    await expect.poll(async () => (await events(page, 'suppress')).map((e) => e.rule)).toContain('cooldown');
    expect(await events(page, 'offer')).toEqual([]);
    expect((await events(page, 'error')).filter((e) => e.code === 'runtime')).toEqual([]);
  });
}
