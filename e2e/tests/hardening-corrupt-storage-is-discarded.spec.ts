import { expect, test, type Page } from '@playwright/test';
import { recordEachTest } from '../helpers/hardeningPage';
import { beActive, events, heedReady, helpTab, offerCard, search } from './helpers';

// The hardening suite, part 2 (issue #16): Heed's own stored values corrupted — by another script,
// an older version, a truncated write. Every one is read through a check of its shape: a bad value
// is discarded and the restrained default used. Never a page error, never an offer at entry, and
// "No thanks" still works and is still kept.

const sessionFaults: Record<string, string> = {
  'heed:need': '{"x":1}',
  'heed:nav': '{"urls":5,"i":"x"}',
  'heed:active': '"abc"',
  'heed:store:policy': '{"offers":"abc","dismissals":"x","session":"s"}',
  'heed:store:preferences': '"ask"',
  'heed:policy:tab': '{"id":5}',
  'heed:policy:pages': '[1,"x"]',
  'heed:search-refine:previous': '5',
  'heed:search-failure:last': '5',
  'heed:search-refine:last': '{"q":1}',
  'heed:back-nav:backs': '"x"',
  'heed:back-nav:visit': '7',
  'heed:pogo-stick:trip': '"x"',
  'heed:pogo-stick:returns': '7',
  'heed:help-seek:seen': '7',
  'heed:relay-down': '{"until":"soon"}',
  'heed:debug-timeline': '{',
};

// Values written straight into Heed's IndexedDB store (database "heed", object store "kv").
const idbFaults: Record<string, Record<string, unknown>> = {
  'policy offers is a string': { policy: { offers: 'abc' } },
  'policy dismissals is a string': { policy: { dismissals: 'x', offers: [] } },
  'policy session is null': { policy: { session: null, offers: [], dismissals: [] } },
  'policy session is a string': { policy: { session: 'x' } },
  'policy is a number': { policy: 5 },
  'policy quietUntil is a string': { policy: { quietUntil: 'abc' } },
  'preferences is a string': { preferences: 'ask-only' },
  'preferences.proactive is a number': { preferences: { proactive: 5 } },
};

async function seedIndexedDb(page: Page, values: Record<string, unknown>) {
  // A blank page of the same origin, so that Heed is not running while the store is written.
  await page.route('**/blank.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
  await page.goto('/blank.html');
  await page.evaluate(
    (entries) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('heed');
        open.onupgradeneeded = () => open.result.createObjectStore('kv');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('kv', 'readwrite');
          for (const [key, value] of Object.entries(entries)) tx.objectStore('kv').put(value, key);
          tx.oncomplete = () => (open.result.close(), done());
        };
      }),
    values,
  );
}

/** The restrained flow on a corrupted store: no offer at entry; later one offer, "No thanks" kept on the next page. */
async function restrainedFlow(page: Page): Promise<string[]> {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.clock.install();
  await page.goto('/offers/search.html');
  await heedReady(page);
  await page.evaluate(() => (window as unknown as { heed: { state(): unknown } }).heed.state());
  // Straight away: two failed searches, no offer — the entry window holds whatever was stored.
  await search(page, 'laser tripod');
  await search(page, 'laser stand');
  await page.clock.runFor(2500);
  expect(await events(page, 'offer'), 'no offer at entry').toEqual([]);
  await beActive(page, 16);
  await search(page, 'pipe bender');
  await search(page, 'pipe bending tool');
  await page.clock.runFor(2500);
  if ((await events(page, 'offer')).length) {
    await offerCard(page).getByRole('button', { name: 'No thanks' }).click();
    await expect(offerCard(page)).toBeHidden();
    await page.goto('/offers/search.html');
    await heedReady(page);
    await beActive(page, 16);
    await search(page, 'wire stripper');
    await search(page, 'wire stripping tool');
    await page.clock.runFor(3000);
    expect(await events(page, 'offer'), '"No thanks" is kept').toEqual([]);
  }
  await helpTab(page).click();
  await expect(page.locator('heed-help').getByRole('dialog', { name: 'How can we help?' })).toBeVisible();
  const runtime = (await events(page, 'error')).filter((e) => e.code === 'runtime' || e.code === 'listener');
  return [...pageErrors, ...runtime.map((e) => `error event: ${e.message}`)];
}

recordEachTest('storage faults');

for (const [key, value] of Object.entries(sessionFaults)) {
  test(`session storage ${key} = ${value}: discarded, restrained, no page error`, async ({ page }) => {
    await page.addInitScript(
      ([key, value]) => {
        if (sessionStorage.getItem('e2e:seeded')) return;
        sessionStorage.setItem('e2e:seeded', '1');
        sessionStorage.setItem(key, value);
      },
      [key, value],
    );
    expect(await restrainedFlow(page)).toEqual([]);
  });
}

for (const [name, values] of Object.entries(idbFaults)) {
  test(`IndexedDB ${name}: discarded, restrained, no page error`, async ({ page }) => {
    await seedIndexedDb(page, values);
    expect(await restrainedFlow(page)).toEqual([]);
  });
}
