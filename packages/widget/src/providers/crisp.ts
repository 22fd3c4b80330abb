import type { ProductAdapter } from './types.js';

/** Crisp's command queue: an array until its script runs, then Crisp's own object. */
interface Crisp {
  push(command: unknown[]): void;
  is?(what: string): boolean;
}
const w = window as unknown as { $crisp?: Crisp; CRISP_WEBSITE_ID?: string; CRISP_RUNTIME_CONFIG?: object; CRISP_READY_TRIGGER?: () => void };
const push = (...command: unknown[]) => w.$crisp!.push(command);

/**
 * Crisp: `chat:hide` / `chat:show` / `chat:open` / `chat:close`, `session:data` and a prefilled
 * `message:text`, `chat:opened` / `chat:closed`, and who is there (`website:availability:changed`).
 */
export const adapter: ProductAdapter = {
  prepare({ settings }) {
    const { website_id, ...runtime } = settings;
    if (typeof website_id !== 'string') return { missing: 'website_id' };
    w.$crisp ||= [];
    w.CRISP_WEBSITE_ID = website_id;
    if (Object.keys(runtime).length) w.CRISP_RUNTIME_CONFIG = runtime;
    // Queued, so the launcher never shows.
    push('do', 'chat:hide');
    return { src: 'https://client.crisp.chat/l.js' };
  },
  attach(events) {
    const crisp = w.$crisp;
    if (!crisp) return false;
    const available = (value: unknown) => events.available(value === true);
    push('on', 'chat:opened', events.opened);
    push('on', 'chat:closed', events.closed);
    push('on', 'website:availability:changed', available);
    const ready = () => {
      available(w.$crisp!.is!('website:available'));
      events.ready();
    };
    // `is` exists once Crisp has loaded; until then Crisp calls CRISP_READY_TRIGGER when it is.
    if (typeof crisp.is === 'function') ready();
    else {
      const before = w.CRISP_READY_TRIGGER;
      w.CRISP_READY_TRIGGER = () => (before?.(), ready());
    }
    return () => ['chat:opened', 'chat:closed', 'website:availability:changed'].forEach((event) => push('off', event));
  },
  // `chat:hide` lasts one page: it is sent again on every page and after every close.
  hide: () => push('do', 'chat:hide'),
  open(context) {
    if (context) {
      push('set', 'session:data', [[['heed_summary', context.summary], ['heed_page', context.page]]]);
      push('set', 'message:text', [context.text]);
    }
    push('do', 'chat:show');
    push('do', 'chat:open');
  },
  close: () => push('do', 'chat:close'),
};
