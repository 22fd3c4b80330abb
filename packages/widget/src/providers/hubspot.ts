import type { ProductAdapter, ProductEvents } from './types.js';

/** HubSpot's `HubSpotConversations`, there once its script is ready (`hsConversationsOnReady`). */
interface HubSpotConversations {
  widget: { load(options?: { widgetOpen?: boolean }): void; open(): void; close(): void; remove(): void; status(): { loaded: boolean } };
  on(event: string, handler: () => void): void;
  off(event: string, handler: () => void): void;
}
const w = window as unknown as { HubSpotConversations?: HubSpotConversations; hsConversationsSettings?: object; hsConversationsOnReady?: Array<() => void> };
const widget = () => w.HubSpotConversations!.widget;
// HubSpot says when its widget closes, not when it opens: the adapter says so itself on `open`.
let told: ProductEvents | undefined;

/**
 * HubSpot chat: `loadImmediately: false`, `widget.load({ widgetOpen: true })` / `open` / `close`,
 * `widget.remove` to take the launcher away, `widgetClosed`, `hsConversationsOnReady`. HubSpot's
 * JavaScript API takes no visitor data, so the summary is not handed over (README).
 */
export const adapter: ProductAdapter = {
  prepare({ settings }) {
    const { portalId, ...rest } = settings;
    if (typeof portalId !== 'string' && typeof portalId !== 'number') return { missing: 'portalId' };
    // Its settings as written; the widget (and its launcher) loads only when the visitor asks.
    w.hsConversationsSettings = { ...rest, loadImmediately: false };
    return { src: `https://js.hs-scripts.com/${encodeURIComponent(portalId)}.js`, id: 'hs-script-loader' };
  },
  attach(events) {
    told = events;
    let on: HubSpotConversations | undefined;
    const ready = () => {
      on = w.HubSpotConversations!;
      on.on('widgetClosed', events.closed);
      events.ready();
    };
    if (w.HubSpotConversations) ready();
    else (w.hsConversationsOnReady ||= []).push(ready);
    return () => on?.off('widgetClosed', events.closed);
  },
  hide() {
    if (widget().status().loaded) widget().remove();
  },
  open() {
    if (widget().status().loaded) widget().open();
    else widget().load({ widgetOpen: true });
    told?.opened();
  },
  close: () => widget().close(),
};
