import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { events, failTwoSearches, heedReady, offerCard } from './helpers';

// Issue #17: a holdout group that gets no proactive offer (but a `suppress { rule: 'holdout' }`
// where one would have appeared), goals, and forwarding to the analytics the page already runs.

const base = JSON.parse(await (await import('node:fs/promises')).readFile(new URL('../fixtures/lift/config.json', import.meta.url), 'utf8')) as Record<string, Record<string, unknown>>;

/** Serves /lift/config.json with `policy.holdout` and `analytics` as given, to every page of the context. */
const withConfig = (context: BrowserContext, holdout: number, analytics?: object) =>
  context.route('**/lift/config.json', (route) => route.fulfill({ json: { ...base, policy: { ...base.policy, holdout }, ...(analytics && { analytics }) } }));

const groups = async (page: Page) => [...new Set((await events(page)).map((event) => event.group))];
const dataLayer = (page: Page) => page.evaluate(() => (window as unknown as { dataLayer?: Array<Record<string, string>> }).dataLayer);

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

test('in the holdout a struggler gets no offer, only a suppress with rule holdout and its reasons; at holdout 0 the same visitor is offered help', async ({ page, context }) => {
  await withConfig(context, 1);
  await failTwoSearches(page, '/lift/search.html');
  await expect.poll(async () => (await events(page, 'suppress')).map((e) => e.rule)).toContain('holdout');
  const held = (await events(page, 'suppress')).find((e) => e.rule === 'holdout')!;
  // The reasons the offer would have had: this struggle's signals. Which of them depends on when the
  // policy decided: after the refinement (the second search) or once the second failure had settled
  // too; CI saw both, so the count of failures is not pinned here.
  const types = (held.reasons as Array<{ type: string }>).map((r) => r.type);
  expect(types).toContain('search-failure');
  expect(types.every((type) => type === 'search-failure' || type === 'search-refine')).toBe(true);
  await page.clock.runFor(3000);
  expect(await events(page, 'offer')).toEqual([]);
  await expect(offerCard(page)).toHaveCount(0);
  // Every event says so, and so does state(); the tab still works.
  expect(await groups(page)).toEqual(['holdout']);
  expect(await page.evaluate(() => (window as unknown as { heed: { state(): { group: string } } }).heed.state().group)).toBe('holdout');
  await page.locator('heed-help').getByRole('button', { name: 'Help' }).click();
  await expect.poll(async () => (await events(page, 'open')).length).toBe(1);
  await page.keyboard.press('Escape');

  // The same device (another tab shares its localStorage), the experiment switched off.
  await context.unroute('**/lift/config.json');
  await withConfig(context, 0);
  const again = await context.newPage();
  await again.clock.install();
  await failTwoSearches(again, '/lift/search.html');
  await expect(offerCard(again)).toBeVisible();
  expect(await events(again, 'offer')).toHaveLength(1);
  expect((await events(again, 'suppress')).map((e) => e.rule)).not.toContain('holdout');
  expect(await groups(again)).toEqual(['heed']);
});

test('a device keeps its group across reloads: the draw lives in localStorage, only when there is a holdout', async ({ page, context }) => {
  await withConfig(context, 0);
  await page.goto('/lift/search.html');
  await heedReady(page);
  // No experiment, nothing stored.
  expect(await page.evaluate(() => localStorage.getItem('heed-draw'))).toBeNull();
  await context.unroute('**/lift/config.json');
  await withConfig(context, 0.5);
  const seen: unknown[] = [];
  for (let i = 0; i < 3; i++) {
    await page.reload();
    await heedReady(page);
    const draw = Number(await page.evaluate(() => localStorage.getItem('heed-draw')));
    const group = await page.evaluate(() => (window as unknown as { heed: { state(): { group: string } } }).heed.state().group);
    expect(group).toBe(draw < 0.5 ? 'holdout' : 'heed');
    seen.push([draw, group]);
  }
  expect(new Set(seen.map((s) => JSON.stringify(s))).size).toBe(1);

  // The debug overlay forces the other group on this device for testing; it holds across reloads.
  const [, group] = seen[0] as [number, string];
  const other = group === 'holdout' ? 'heed' : 'holdout';
  await page.goto('/lift/search.html?heed-debug');
  await heedReady(page);
  await Promise.all([page.waitForEvent('load'), page.locator('heed-help').getByRole('button', { name: `Test as ${other}` }).click()]);
  await heedReady(page);
  const state = () => page.evaluate(() => (window as unknown as { heed: { state(): { group: string } } }).heed.state().group);
  expect(await state()).toBe(other);
  await page.reload();
  await heedReady(page);
  expect(await state()).toBe(other);
  await expect(page.locator('heed-help').getByRole('button', { name: `Test as ${group}` })).toBeVisible();
});

test('a dataLayer on the page receives offers, suppressions and goals with the group, the signal types and the page, never the query', async ({ page, context }) => {
  await withConfig(context, 0, { forward: ['gtm'] });
  const chunks: string[] = [];
  page.on('request', (request) => /heed-analytics-/.test(request.url()) && chunks.push(request.url()));
  await page.goto('/lift/search.html?tools');
  await heedReady(page);
  await page.clock.runFor(2000);
  // Nothing worth forwarding yet: the chunk is not fetched, and nothing is pushed.
  expect(chunks).toEqual([]);
  expect(await dataLayer(page)).toEqual([]);
  await failTwoSearches(page, '/lift/search.html?tools');
  await expect(offerCard(page)).toBeVisible();
  await expect.poll(async () => (await dataLayer(page))!.map((entry) => entry.event)).toContain('heed_offer');
  const pushed = (await dataLayer(page))!;
  const offer = pushed.find((entry) => entry.event === 'heed_offer')!;
  expect(offer).toMatchObject({ heed_group: 'heed', heed_page: '/lift/search.html', heed_signals: 'search-failure,search-refine', heed_kind: expect.any(String) });
  // Every suppression is forwarded too (how many there are depends on when the searches fell in the entry window).
  const suppressed = (await events(page, 'suppress')).map((e) => e.rule);
  await expect.poll(async () => (await dataLayer(page))!.filter((entry) => entry.event === 'heed_suppress').map((entry) => entry.heed_rule)).toEqual(suppressed);
  expect(JSON.stringify(pushed)).not.toMatch(/laser|stand|tripod/);
  expect(chunks).toHaveLength(1);

  // A goal page: `goal { name, group }`, forwarded too.
  await page.goto('/lift/thanks.html?tools');
  await heedReady(page);
  expect(await events(page, 'goal')).toMatchObject([{ name: 'purchase', group: 'heed' }]);
  await page.evaluate(() => (window as unknown as { heed: { goal(name: string): void } }).heed.goal('purchase'));
  await page.evaluate(() => (window as unknown as { heed: { goal(name: string): void } }).heed.goal('newsletter'));
  // Once per page view per goal: the page already reached `purchase`.
  await expect.poll(async () => (await dataLayer(page))?.filter((entry) => entry.event === 'heed_goal').map((entry) => entry.heed_goal)).toEqual(['purchase', 'newsletter']);
  expect((await dataLayer(page))!.find((entry) => entry.event === 'heed_goal')).toMatchObject({ heed_group: 'heed', heed_page: '/lift/thanks.html' });
});

test('with no analytics tool on the page nothing is sent, nothing is created and nothing throws', async ({ page, context }) => {
  await withConfig(context, 1, { forward: ['gtm', 'posthog', 'segment', 'plausible', 'matomo'], include: ['query'] });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await failTwoSearches(page, '/lift/search.html');
  await expect.poll(async () => (await events(page, 'suppress')).map((e) => e.rule)).toContain('holdout');
  await page.evaluate(() => (window as unknown as { heed: { goal(name: string): void } }).heed.goal('purchase'));
  await page.clock.runFor(2000);
  expect(await page.evaluate(() => ['dataLayer', 'posthog', 'analytics', 'plausible', '_paq'].filter((name) => name in window))).toEqual([]);
  expect(await events(page, 'error')).toEqual([]);
  expect(errors).toEqual([]);
  expect(await events(page, 'goal')).toMatchObject([{ name: 'purchase', group: 'holdout' }]);
});
