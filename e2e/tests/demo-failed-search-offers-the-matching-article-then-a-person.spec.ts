import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { startRelay, type RelayHandle } from '../../packages/relay/src/index.js';
import { expect, messageBox, openConversation, say, test, TOKEN, unique, visitorMessage } from '../fixtures/chat/chat';
import { answerPresence, beActiveOnDemo, heedReady, helpTab, offerCard, recorded, recordHeedEvents, startDemo, type DemoServer } from './helpers';

// The escalation ladder on the demo shop. A visitor searches for how to return something; the shop
// sells tools, so the search finds nothing. Heed's offer leads with the help article that answers
// it ("Returns and refunds"), the query still in the headline. The visitor opens it, comes back and
// keeps struggling (the coupon button at the cart does nothing): now they are offered a person —
// live chat when an agent is online (the real relay and its console), else the billing team, which
// is open on a Wednesday morning in London. The article is never offered again.

// Wednesday 2 December 2026, 11:00 in London: the billing team's hours (Mon-Fri 09:00-17:30).
const WEDNESDAY_MORNING = new Date('2026-12-02T11:00:00Z');

let demo: DemoServer;
test.beforeAll(async () => {
  // The generic build: these specs rewrite /heed.config.json on its way to heed.js (a per-site heed.js has it compiled in).
  demo = await startDemo({ heed: 'generic' });
});
test.afterAll(async () => {
  await demo?.close();
});

async function searchFor(page: Page, query: string) {
  await page.locator('#q').click();
  await page.locator('#q').fill('');
  await page.keyboard.type(query, { delay: 10 });
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/search.html?q=${query.replace(/ /g, '+')}`);
  await heedReady(page);
  await expect(page.locator('#results .no-results')).toBeVisible();
  await page.clock.runFor(1500);
}

/** Past the entry window, two failed searches about returns: the offer leads with the returns article. */
async function failToFindReturns(page: Page) {
  await page.clock.install({ time: WEDNESDAY_MORNING });
  await recordHeedEvents(page);
  await page.goto(`${demo.url}/`);
  await heedReady(page);
  await beActiveOnDemo(page, 16);
  await searchFor(page, 'refund label');
  await searchFor(page, 'refund labels');
  await beActiveOnDemo(page, 2);

  const card = offerCard(page);
  await expect(card).toBeVisible();
  // The headline still names the latest query.
  await expect(card).toHaveAccessibleName(/“refund labels”/);
  const article = card.getByRole('link', { name: 'Returns and refunds' });
  await expect(article).toBeVisible();
  // Announced politely, the article named.
  await expect(page.locator('heed-help').locator('[aria-live=polite]').first()).toContainText('This help article may answer it: Returns and refunds.');
  // The article comes first; a person is one button below it.
  const [link, person] = [(await article.boundingBox())!, (await card.getByRole('button', { name: 'Message us' }).boundingBox())!];
  expect(link.y).toBeLessThan(person.y);
  expect((await new AxeBuilder({ page }).include('heed-help').analyze()).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  const [offer] = await recorded(page, 'offer');
  expect(offer.payload).toMatchObject({ kind: 'articles', topic: 'billing', article: { title: 'Returns and refunds', url: '/help/returns.html' } });

  // Opening the article is taking the offer, on the article channel.
  await article.click();
  await page.waitForURL('**/help/returns.html');
  await heedReady(page);
  expect((await recorded(page, 'accept')).map((e) => e.payload)).toEqual([{ id: offer.payload.id, channel: 'article', group: 'heed' }]);
}

/** Back at the cart, the coupon button does nothing however often it is clicked. */
async function keepStrugglingAtTheCart(page: Page) {
  await page.getByRole('link', { name: /cart/i }).first().click();
  await page.waitForURL('**/cart.html');
  await heedReady(page);
  const coupon = page.getByRole('button', { name: 'Apply coupon' });
  for (let burst = 0; burst < 2; burst++) {
    for (let i = 0; i < 4; i++) await coupon.click({ delay: 20 });
    await page.clock.runFor(1500);
  }
  await beActiveOnDemo(page, 2);
}

test.describe('after the article did not help', () => {
  let relay: RelayHandle;
  test.beforeEach(async () => {
    relay = await startRelay({ port: 0, db: ':memory:', token: TOKEN, origins: demo.url, log: false });
  });
  test.afterEach(async () => {
    await relay?.close();
  });

  test('an agent is online: the visitor is offered live chat, not the article again, and reaches the agent', async ({ page, agentConsole }) => {
    // The demo's own config, talking to this test's relay.
    await page.route('**/heed.config.json', async (route) => {
      const config = await (await route.fetch()).json();
      await route.fulfill({ json: { ...config, chat: { ...config.chat, url: relay.wsUrl } } });
    });
    const agent = await agentConsole(relay.url);
    await failToFindReturns(page);
    await keepStrugglingAtTheCart(page);

    const card = offerCard(page);
    await expect(card).toBeVisible();
    await expect(card).toContainText('Someone from our team is here to chat now.');
    await expect(card.getByRole('link')).toHaveCount(0);
    const offers = await recorded(page, 'offer');
    expect(offers).toHaveLength(2);
    expect(offers[1].page).toBe('/cart.html');
    expect(offers[1].payload).toMatchObject({ kind: 'chat', topic: 'billing' });
    expect(offers[1].payload.article).toBeUndefined();
    expect(offers[1].payload.why).toEqual(expect.arrayContaining(['an article did not help', 'an agent is online']));

    await card.getByRole('button', { name: 'Chat with us' }).click();
    await expect(messageBox(page)).toBeVisible();
    const question = unique('The coupon button does nothing and the returns page did not say');
    await say(page, question);
    await expect(visitorMessage(page, question)).toHaveAttribute('data-state', 'delivered');
    await openConversation(agent, question);
    await expect(agent.getByRole('heading', { name: 'Conversation on /cart.html' })).toBeVisible();
    expect(await recorded(page, 'error')).toEqual([]);
  });
});

test('nobody online: the visitor is offered the billing team, named, with the channels it has now', async ({ page }) => {
  await answerPresence(page);
  await failToFindReturns(page);
  await keepStrugglingAtTheCart(page);

  const card = offerCard(page);
  await expect(card).toBeVisible();
  await expect(card).toContainText('Our billing and orders team can help with this now by a callback or email.');
  await expect(card.getByRole('link')).toHaveCount(0);
  const offers = await recorded(page, 'offer');
  expect(offers).toHaveLength(2);
  expect(offers[1].payload).toMatchObject({ kind: 'expert', topic: 'billing', team: { name: 'Billing and orders team', channels: ['callback', 'email'] } });
  expect(offers[1].payload.why).toEqual(expect.arrayContaining(['an article did not help', 'nobody online to chat']));
  await card.getByRole('button', { name: 'Contact our team' }).click();
  await expect(page.locator('heed-help').getByRole('heading', { name: 'Talk to an expert' })).toBeVisible();
  expect(await recorded(page, 'error')).toEqual([]);
});

test('the articles view puts the matches for this struggle first and its search box forgives a typo', async ({ page }) => {
  await answerPresence(page);
  await page.clock.install({ time: WEDNESDAY_MORNING });
  await recordHeedEvents(page);
  await page.goto(`${demo.url}/`);
  await heedReady(page);
  await searchFor(page, 'laser tripod');

  await helpTab(page).click();
  const panel = page.locator('heed-help').getByRole('dialog');
  await panel.getByRole('button', { name: 'Browse help articles' }).click();
  const best = panel.getByRole('region', { name: 'Best matches' });
  await expect(best.getByRole('link')).toHaveText(['Choosing a spirit level']);
  await expect(panel.getByRole('region', { name: 'More articles' }).getByRole('link')).toHaveText(['Delivery', 'Returns and refunds']);

  // Keyboard only: from the heading to the search box, then type with a typo.
  const box = panel.getByRole('searchbox', { name: 'Search help articles' });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.keyboard.type('refnud', { delay: 20 });
  await expect(panel.getByRole('link', { name: 'Returns and refunds' })).toBeVisible();
  await expect(panel.getByRole('status')).toHaveText('1 article found.');
  await expect(panel.getByRole('link', { name: 'Choosing a spirit level' })).toHaveCount(0);
  await expect(box).toHaveAttribute('aria-describedby', 'heed-article-count');
  expect((await new AxeBuilder({ page }).include('heed-help').analyze()).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await box.fill('gift wrapping');
  await expect(panel.getByRole('status')).toHaveText('No articles match. Try other words, or ask us.');
  await expect(panel.locator('li a')).toHaveCount(0);
  // Heed's own search box is not the shop's: typing there is no search signal.
  expect((await recorded(page, 'signal')).filter((e) => e.payload.type === 'search-failure')).toHaveLength(1);
  expect(await recorded(page, 'error')).toEqual([]);
});

test.describe("the site's own help search (articleSearch)", () => {
  /** The demo's config with `articleSearch` pointing at /help/search.json, answered by `answer`. */
  async function withSiteSearch(page: Page, answer: (query: string, cookie: string | undefined) => Promise<unknown> | unknown) {
    await page.route('**/heed.config.json', async (route) => {
      const config = await (await route.fetch()).json();
      await route.fulfill({ json: { ...config, articleSearch: { url: '/help/search.json?q={query}', timeoutMs: 1000 } } });
    });
    await page.route(/\/help\/search\.json\?/, async (route) => {
      const json = await answer(new URL(route.request().url()).searchParams.get('q')!, await route.request().headerValue('cookie') ?? undefined);
      if (json !== undefined) await route.fulfill({ json });
    });
    await answerPresence(page);
    await recordHeedEvents(page);
    await page.clock.install({ time: WEDNESDAY_MORNING });
    await page.context().addCookies([{ name: 'session', value: 'secret', url: demo.url }]);
    await page.goto(`${demo.url}/`);
    await heedReady(page);
    await helpTab(page).click();
    const panel = page.locator('heed-help').getByRole('dialog');
    await panel.getByRole('button', { name: 'Browse help articles' }).click();
    return panel;
  }

  test('typing asks it once the visitor pauses, without cookies, and shows its web links', async ({ page }) => {
    const asked: Array<[string, string | undefined]> = [];
    const panel = await withSiteSearch(page, (query, cookie) => {
      asked.push([query, cookie]);
      return [
        { title: 'Guarantee and warranty', url: '/help/returns.html#rights' },
        { title: 'Never a link', url: 'javascript:alert(1)' },
      ];
    });
    const box = panel.getByRole('searchbox', { name: 'Search help articles' });
    await box.pressSequentially('warranty', { delay: 20 });
    // Before the pause: the local list answers (nothing local matches "warranty").
    await expect(panel.getByRole('status')).toHaveText('No articles match. Try other words, or ask us.');
    await page.clock.runFor(300);
    await expect(panel.getByRole('link', { name: 'Guarantee and warranty' })).toHaveAttribute('href', `${demo.url}/help/returns.html#rights`);
    await expect(panel.getByRole('status')).toHaveText('1 article found.');
    await expect(panel.getByText('Never a link')).toHaveCount(0);
    expect(asked).toEqual([['warranty', undefined]]);
    expect(await recorded(page, 'error')).toEqual([]);
  });

  test('an answer later than timeoutMs is not waited for: the local matches stay', async ({ page }) => {
    let answerNow: (json: unknown) => void = () => {};
    let asked = 0;
    const panel = await withSiteSearch(page, () => {
      asked++;
      return new Promise((resolve) => (answerNow = resolve));
    });
    await panel.getByRole('searchbox', { name: 'Search help articles' }).pressSequentially('refnud', { delay: 20 });
    await page.clock.runFor(300);
    await expect.poll(() => asked).toBe(1);
    await expect(panel.getByRole('link', { name: 'Returns and refunds' })).toBeVisible();
    // Past timeoutMs (1000), then the answer comes: too late to replace what the visitor reads.
    await page.clock.runFor(1500);
    answerNow([{ title: 'A late answer', url: '/help/late.html' }]);
    await page.clock.runFor(500);
    await expect(panel.getByRole('link', { name: 'Returns and refunds' })).toBeVisible();
    await expect(panel.getByRole('link', { name: 'A late answer' })).toHaveCount(0);
    await expect(panel.getByRole('status')).toHaveText('1 article found.');
    expect(await recorded(page, 'error')).toEqual([]);
  });
});
