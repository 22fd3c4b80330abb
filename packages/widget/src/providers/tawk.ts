import type { ProductAdapter, ProductEvents } from './types.js';

/** Tawk.to's `Tawk_API`: callbacks the page sets, and methods that throw until the widget has loaded. */
interface TawkApi {
  [callback: string]: unknown;
  showWidget(): void;
  hideWidget(): void;
  maximize(): void;
  minimize(): void;
  getStatus(): 'online' | 'away' | 'offline';
  setAttributes(attributes: object, done: (error?: unknown) => void): void;
  addEvent(name: string, metadata: object, done: (error?: unknown) => void): void;
}
const w = window as unknown as { Tawk_API?: TawkApi };
const api = () => w.Tawk_API!;
const CALLBACKS = ['onLoad', 'onChatMaximized', 'onChatMinimized', 'onStatusChange'] as const;

/** Sets Tawk.to's callbacks, keeping any the site set itself; returns what puts the site's back. */
function wire(tawk: TawkApi, handlers: Record<(typeof CALLBACKS)[number], (arg?: unknown) => void>): () => void {
  const before = Object.fromEntries(CALLBACKS.map((name) => [name, tawk[name]]));
  for (const name of CALLBACKS) {
    const site = before[name];
    tawk[name] = (arg?: unknown) => {
      if (typeof site === 'function') site(arg);
      handlers[name](arg);
    };
  }
  return () => CALLBACKS.forEach((name) => (tawk[name] = before[name]));
}

const loadedWith = (events: ProductEvents) => () => {
  api().hideWidget();
  events.available(api().getStatus() === 'online');
  events.ready();
};

/**
 * Tawk.to: `hideWidget` in `onLoad`, `showWidget` + `maximize` / `minimize`, `setAttributes`,
 * `addEvent`, `onChatMaximized` / `onChatMinimized`, and `onStatusChange` / `getStatus` for who is there.
 */
export const adapter: ProductAdapter = {
  prepare({ settings }) {
    const { propertyId, widgetId, ...rest } = settings;
    if (typeof propertyId !== 'string') return { missing: 'propertyId' };
    if (typeof widgetId !== 'string') return { missing: 'widgetId' };
    // Its other settings (customStyle, visitor…) are Tawk_API properties, read when it loads.
    w.Tawk_API = Object.assign(w.Tawk_API || ({} as TawkApi), rest);
    return { src: `https://embed.tawk.to/${encodeURIComponent(propertyId)}/${encodeURIComponent(widgetId)}` };
  },
  attach(events) {
    const tawk = w.Tawk_API;
    if (!tawk) return false;
    const loaded = loadedWith(events);
    const undo = wire(tawk, {
      onLoad: loaded,
      onChatMaximized: events.opened,
      onChatMinimized: events.closed,
      onStatusChange: (status) => events.available(status === 'online'),
    });
    // Already loaded (the site's own snippet ran first)? Its methods throw until then.
    try {
      loaded();
    } catch {
      // Not yet: onLoad says when.
    }
    return undo;
  },
  hide: () => api().hideWidget(),
  open(context) {
    if (context) {
      const noop = () => {};
      api().setAttributes({ 'heed-summary': context.summary, 'heed-page': context.page }, noop);
      api().addEvent('heed-context', { summary: context.summary, page: context.page }, noop);
    }
    api().showWidget();
    api().maximize();
  },
  close: () => api().minimize(),
};
