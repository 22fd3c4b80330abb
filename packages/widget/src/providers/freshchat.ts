import type { ProductAdapter } from './types.js';

/** Freshchat's `fcWidget`, defined by its widget script. */
interface FcWidget {
  init(options: object): void;
  isInitialized(): boolean;
  open(options?: { replyText?: string }): void;
  close(): void;
  show(): void;
  hide(): void;
  on(event: string, handler: () => void): void;
  off(event: string, handler: () => void): void;
  user: { setProperties(properties: object): void };
}
const w = window as unknown as { fcWidget?: FcWidget };
const fc = () => w.fcWidget!;
const HOST = 'https://wchat.freshchat.com';

/**
 * Freshchat: `init` with `hideChatButton`, `open({ replyText })` / `close`, `show` / `hide`,
 * `user.setProperties`, and the `widget:loaded` / `widget:opened` / `widget:closed` events.
 */
export const adapter: ProductAdapter = {
  prepare({ settings }) {
    if (typeof settings.token !== 'string') return { missing: 'token' };
    return { src: `${(typeof settings.host === 'string' ? settings.host : HOST).replace(/\/+$/, '')}/js/widget.js` };
  },
  loaded({ settings }) {
    const config = (settings.config || {}) as { headerProperty?: object };
    fc().init({ host: HOST, ...settings, config: { ...config, headerProperty: { ...config.headerProperty, hideChatButton: true } } });
  },
  attach(events) {
    const widget = w.fcWidget;
    if (!widget) return false;
    const ready = () => events.ready();
    widget.on('widget:opened', events.opened);
    widget.on('widget:closed', events.closed);
    if (widget.isInitialized()) ready();
    else widget.on('widget:loaded', ready);
    return () => {
      widget.off('widget:opened', events.opened);
      widget.off('widget:closed', events.closed);
      widget.off('widget:loaded', ready);
    };
  },
  // Freshchat shows its button again after a close, and a site's own `init` may not hide it.
  hide: () => fc().hide(),
  open(context) {
    if (context) fc().user.setProperties({ heed_summary: context.summary, heed_page: context.page });
    fc().show();
    fc().open(context ? { replyText: context.text } : undefined);
  },
  close: () => fc().close(),
};
