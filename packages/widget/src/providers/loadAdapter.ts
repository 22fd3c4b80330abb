import type { ChatConfig } from '@heed/core';
import type { ProductAdapter } from './types.js';

/** The chat products Heed hands a chat to. */
export type Product = Exclude<ChatConfig['provider'], 'none' | 'relay'>;

// One chunk per product (heed-provider-*.js): a page loads only the adapter of its own product.
const adapters: Record<Product, () => Promise<{ adapter: ProductAdapter }>> = {
  intercom: () => import('./intercom.js'),
  zendesk: () => import('./zendesk.js'),
  crisp: () => import('./crisp.js'),
  chatwoot: () => import('./chatwoot.js'),
  tawk: () => import('./tawk.js'),
  hubspot: () => import('./hubspot.js'),
  freshchat: () => import('./freshchat.js'),
  livechat: () => import('./livechat.js'),
};

/** The adapter of `product`, loaded. */
export const loadAdapter = (product: Product): Promise<ProductAdapter> => adapters[product]().then((module) => module.adapter);
