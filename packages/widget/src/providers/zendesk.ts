import type { ProductAdapter } from './types.js';

/** Zendesk Messaging's command function, defined by its snippet script. */
const w = window as unknown as { zE?: (...args: unknown[]) => void };
const zE = (...args: unknown[]) => w.zE!(...args);

/** Zendesk Messaging: `messenger` `hide` / `show` / `open` / `close`, `messenger:set`, `messenger:on`. */
export const adapter: ProductAdapter = {
  prepare({ settings }) {
    if (typeof settings.key !== 'string') return { missing: 'key' };
    // Zendesk's snippet finds its own script by this id.
    return { src: `https://static.zdassets.com/ekr/snippet.js?key=${encodeURIComponent(settings.key)}`, id: 'ze-snippet' };
  },
  attach(events) {
    if (typeof w.zE !== 'function') return false;
    zE('messenger:on', 'open', events.opened);
    zE('messenger:on', 'close', events.closed);
    events.ready();
    return () => {};
  },
  hide: () => zE('messenger', 'hide'),
  open(context, { contextField }) {
    if (context) {
      zE('messenger:set', 'conversationTags', ['heed']);
      if (contextField) zE('messenger:set', 'conversationFields', [{ id: contextField, value: context.text }]);
    }
    // After `hide`, `open` alone does nothing: the messenger must be shown first.
    zE('messenger', 'show');
    zE('messenger', 'open');
  },
  close: () => zE('messenger', 'close'),
};
