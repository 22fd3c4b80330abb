import type { ProductAdapter, ProductContext } from './types.js';

/** Intercom's command function; before its script runs, a queue its script works through. */
type Intercom = ((command: string, ...args: unknown[]) => void) & { q?: unknown[][] };
const w = window as unknown as { Intercom?: Intercom };
const call = (command: string, ...args: unknown[]) => w.Intercom!(command, ...args);
const HIDDEN = { hide_default_launcher: true };

const attributes = (context: ProductContext) => ({ heed_summary: context.summary, heed_page: context.page });

/** Intercom Messenger: `boot` with the launcher hidden, `show` / `showNewMessage` / `hide`, `onShow` / `onHide`. */
export const adapter: ProductAdapter = {
  prepare({ settings }) {
    if (typeof settings.app_id !== 'string') return { missing: 'app_id' };
    if (!w.Intercom) {
      // Commands given before the script has run wait in `q`, as with Intercom's own snippet.
      const queue: unknown[][] = [];
      const stub: Intercom = (...args) => void queue.push(args);
      stub.q = queue;
      w.Intercom = stub;
    }
    call('boot', { ...settings, ...HIDDEN });
    return { src: `https://widget.intercom.io/widget/${encodeURIComponent(settings.app_id)}` };
  },
  attach(events) {
    if (typeof w.Intercom !== 'function') return false;
    call('onShow', events.opened);
    call('onHide', events.closed);
    events.ready();
    // Intercom has no way to remove its callbacks; the messenger ignores them once destroyed.
    return () => {};
  },
  // The launcher comes back with a site's own `update` or `boot` without the flag: set it again.
  hide: () => call('update', HIDDEN),
  open(context) {
    if (!context) return call('show');
    call('update', attributes(context));
    call('showNewMessage', context.text);
  },
  close: () => call('hide'),
};
