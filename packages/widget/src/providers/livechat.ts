import type { ProductAdapter } from './types.js';

interface LiveChatState {
  availability: 'online' | 'offline';
  visibility: 'maximized' | 'minimized' | 'hidden';
}
/** LiveChat's `LiveChatWidget`: commands queue until its tracking script runs; `get` throws until then. */
interface LiveChatWidget {
  on(event: string, handler: (payload: never) => void): void;
  off(event: string, handler: (payload: never) => void): void;
  call(method: string, argument?: unknown): void;
  get(what: 'state'): LiveChatState;
}
const w = window as unknown as { LiveChatWidget?: LiveChatWidget; __lc?: object };
const lc = () => w.LiveChatWidget!;

/** A command queue in the shape LiveChat's tracking code sets up (`_q`, `_h`), worked through by its script. */
function queue(): LiveChatWidget {
  const stub = { _q: [] as unknown[][], _h: null as null | ((...args: unknown[]) => void), _v: '2.0' };
  const put = (name: string) => (...args: unknown[]) => (stub._h ? stub._h(name, args) : void stub._q.push([name, args]));
  const get = () => {
    throw new Error('LiveChat has not loaded');
  };
  return Object.assign(stub, { on: put('on'), once: put('once'), off: put('off'), call: put('call'), get }) as unknown as LiveChatWidget;
}

/**
 * LiveChat: `call('hide')` on ready, `call('maximize')` / `call('minimize')`,
 * `call('set_session_variables')`, `visibility_changed`, and `availability_changed` for who is there.
 */
export const adapter: ProductAdapter = {
  prepare({ settings }) {
    if (typeof settings.license !== 'string' && typeof settings.license !== 'number') return { missing: 'license' };
    w.__lc = { ...settings };
    w.LiveChatWidget ||= queue();
    return { src: 'https://cdn.livechatinc.com/tracking.js' };
  },
  attach(events) {
    const widget = w.LiveChatWidget;
    if (!widget) return false;
    const ready = ({ state }: { state: LiveChatState }) => {
      events.available(state.availability === 'online');
      events.ready();
    };
    const visibility = ({ visibility }: { visibility: LiveChatState['visibility'] }) => (visibility === 'maximized' ? events.opened() : events.closed());
    const availability = ({ availability }: LiveChatState) => events.available(availability === 'online');
    widget.on('ready', ready);
    widget.on('visibility_changed', visibility);
    widget.on('availability_changed', availability);
    // Loaded already (the site's own code ran first)? `get` works only then.
    try {
      ready({ state: widget.get('state') });
    } catch {
      // Not yet: `ready` says when.
    }
    return () => {
      widget.off('ready', ready);
      widget.off('visibility_changed', visibility);
      widget.off('availability_changed', availability);
    };
  },
  hide: () => lc().call('hide'),
  open(context) {
    if (context) lc().call('set_session_variables', { heed_summary: context.summary, heed_page: context.page });
    lc().call('maximize');
  },
  // Minimised, LiveChat shows its bubble again: the messenger hides it on `visibility_changed`.
  close: () => lc().call('minimize'),
};
