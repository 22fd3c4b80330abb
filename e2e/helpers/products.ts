import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/**
 * The chat product specs (chat-product-*.spec.ts): the fixture shop /providers/ hands its chats to a
 * product, whose real script address is served here by a stand-in (e2e/fixtures/providers/), as no
 * product's script can load offline. Nothing else leaves for another host.
 */
export const PRODUCTS = ['intercom', 'zendesk', 'crisp', 'chatwoot', 'tawk', 'hubspot', 'freshchat', 'livechat'] as const;
export type Product = (typeof PRODUCTS)[number];

/** Each product's script, as its adapter (on demand) or the shop's own install (site.js) asks for it. */
export const SCRIPT: Record<Product, string> = {
  intercom: 'https://widget.intercom.io/widget/standin1',
  zendesk: 'https://static.zdassets.com/ekr/snippet.js?key=standin-key',
  crisp: 'https://client.crisp.chat/l.js',
  chatwoot: 'https://chat.shop.example/packs/js/sdk.js',
  tawk: 'https://embed.tawk.to/standinprop/default',
  hubspot: 'https://js.hs-scripts.com/1234.js',
  freshchat: 'https://wchat.freshchat.com/js/widget.js',
  livechat: 'https://cdn.livechatinc.com/tracking.js',
};

/** Products that say whether an agent is there. */
export const TELLS_AVAILABILITY: Product[] = ['crisp', 'tawk', 'livechat'];
/** Products whose JavaScript API takes what the visitor agreed to share. */
export const TAKES_CONTEXT: Product[] = PRODUCTS.filter((product) => product !== 'hubspot');

const fixture = (name: string) => readFileSync(new URL(`../fixtures/providers/${name}.js`, import.meta.url), 'utf8');

/**
 * Serves `product`'s stand-in at its script address (`hang`: the request never answers, `block`:
 * it fails like a blocked request) and returns the requests that went to any other host than ours.
 */
export async function standIn(page: Page, product: Product, how: 'serve' | 'hang' | 'block' = 'serve'): Promise<string[]> {
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1')) elsewhere.push(request.url());
  });
  await page.route((url) => url.hostname !== '127.0.0.1' && url.href !== SCRIPT[product], (route) => route.abort());
  await page.route(
    (url) => url.href === SCRIPT[product],
    (route) => {
      if (how === 'block') return route.abort('blockedbyclient');
      if (how === 'hang') return;
      return route.fulfill({ contentType: 'text/javascript', body: `${fixture('standin')}\n${fixture(product)}` });
    },
  );
  return elsewhere;
}

/** The shop handing its chats to `product`; `load` as in chat.load; `standin` flags (offline, unread). */
export const productPage = (product: Product, load: 'on-demand' | 'page' = 'on-demand', standin = '') =>
  `/providers/?product=${product}&load=${load}${standin ? `&standin=${standin}` : ''}`;

export const launcher = (page: Page) => page.locator('#standin-launcher');
export const productMessenger = (page: Page) => page.getByRole('dialog', { name: 'Chat product messenger (stand-in)' });

/** Every call the stand-in recorded: [name, ...arguments], functions as 'function'. */
export const productCalls = (page: Page): Promise<unknown[][]> => page.evaluate(() => (window as unknown as { __standIn?: { calls: unknown[][] } }).__standIn?.calls ?? []);

/**
 * Runs the page's (fake) clock until `check` passes: a stand-in gets ready 300 ms after its script
 * ran, and the script itself arrives in real time.
 */
export async function runUntil(page: Page, check: () => Promise<unknown>, stepMs = 400): Promise<void> {
  await expect(async () => {
    await page.clock.runFor(stepMs);
    await check();
  }).toPass({ timeout: 10_000, intervals: [50, 100, 200] });
}
