import type { ProductAdapter } from './types.js';

/** Chatwoot's SDK object, set once its widget is ready (`chatwoot:ready`). */
interface Chatwoot {
  toggle(state: 'open' | 'close'): void;
  toggleBubbleVisibility(visibility: 'show' | 'hide'): void;
  setCustomAttributes(attributes: object): void;
  setConversationCustomAttributes(attributes: object): void;
}
const w = window as unknown as { $chatwoot?: Chatwoot; chatwootSettings?: object; chatwootSDK?: { run(options: object): void } };
const chatwoot = () => w.$chatwoot!;

/**
 * Chatwoot: `hideMessageBubble` in `chatwootSettings`, `chatwootSDK.run`, `toggle('open' | 'close')`,
 * `toggleBubbleVisibility('hide')`, `setCustomAttributes` / `setConversationCustomAttributes`, and
 * the `chatwoot:ready` / `chatwoot:opened` / `chatwoot:closed` events.
 */
export const adapter: ProductAdapter = {
  prepare({ settings }) {
    const { websiteToken, baseUrl, ...rest } = settings;
    if (typeof websiteToken !== 'string') return { missing: 'websiteToken' };
    if (typeof baseUrl !== 'string') return { missing: 'baseUrl' };
    // Its settings as written, with the bubble hidden. Campaigns and unread-message previews can
    // still open the widget (README): the messenger closes a widget Heed did not open.
    w.chatwootSettings = { ...rest, hideMessageBubble: true };
    return { src: `${baseUrl.replace(/\/+$/, '')}/packs/js/sdk.js` };
  },
  loaded({ settings }) {
    w.chatwootSDK!.run({ websiteToken: settings.websiteToken, baseUrl: settings.baseUrl });
  },
  attach(events) {
    const ready = () => events.ready();
    addEventListener('chatwoot:ready', ready);
    addEventListener('chatwoot:opened', events.opened);
    addEventListener('chatwoot:closed', events.closed);
    if (w.$chatwoot) ready();
    return () => {
      removeEventListener('chatwoot:ready', ready);
      removeEventListener('chatwoot:opened', events.opened);
      removeEventListener('chatwoot:closed', events.closed);
    };
  },
  hide: () => chatwoot().toggleBubbleVisibility('hide'),
  open(context) {
    if (context) {
      const attributes = { heed_summary: context.summary, heed_page: context.page };
      chatwoot().setCustomAttributes(attributes);
      chatwoot().setConversationCustomAttributes(attributes);
    }
    chatwoot().toggle('open');
  },
  close: () => chatwoot().toggle('close'),
};
