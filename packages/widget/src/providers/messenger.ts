import { completeConfigReporting, setProductPresence, type HeedInternals } from '@heed/core/internal';
import { loadAdapter, type Product } from './loadAdapter.js';
import { addScript } from './script.js';
import type { ProductAdapter, ProductContext, ProductEvents, ProductOptions } from './types.js';

/** How long a chat product has to become ready before the visitor is told and it is reported. */
export const READY_MS = 10_000;
/** How often a product the page loads itself is looked for meanwhile. */
const LOOK_MS = 200;

/**
 * `connecting` until the product's API can be used, then `ready`; `open` while its messenger is
 * shown because the visitor asked for it through Heed; `failed` when it never became ready.
 */
export type MessengerState = 'idle' | 'connecting' | 'ready' | 'open' | 'failed';

/** Heed's side of a chat product on this page: one per Heed instance. */
export interface Messenger {
  state(): MessengerState;
  subscribe(listener: (state: MessengerState) => void): () => void;
  /** Loads the product (`on-demand`) or attaches to the page's own (`page`); once. */
  start(): void;
  /** Opens its messenger once it is ready, with `context` if the visitor agreed to share it. */
  open(context: ProductContext | undefined): void;
  close(): void;
}

const messengers = new WeakMap<HeedInternals, Messenger>();

/** The messenger of this Heed instance (the panel and the page-load attach share it). */
export function messengerFor(internals: HeedInternals): Messenger {
  let messenger = messengers.get(internals);
  if (!messenger) messengers.set(internals, (messenger = createMessenger(internals)));
  return messenger;
}

function createMessenger(internals: HeedInternals): Messenger {
  const config = completeConfigReporting(internals.config(), internals.report);
  const { chat } = config;
  const product = chat.provider as Product;
  const options: ProductOptions = { settings: { ...chat.settings }, contextField: chat.contextField };
  const listeners = new Set<(state: MessengerState) => void>();
  let state: MessengerState = 'idle';
  let adapter: ProductAdapter | undefined;
  let waiting: Array<() => void> = [];
  // The product's word on whether an agent is there; undefined until it says (or if it never does).
  let live: boolean | undefined;
  // The visitor asked for the messenger through Heed: only then may it be open.
  let asked = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let detach: (() => void) | undefined;
  let script: HTMLScriptElement | undefined;

  const set = (next: MessengerState) => {
    if (state === next) return;
    state = next;
    listeners.forEach((listener) => listener(next));
  };
  // A product's API that throws (Tawk.to before it is ready, say) must not reach the host page.
  const guard = (call: (product: ProductAdapter) => void) => {
    try {
      if (adapter) call(adapter);
    } catch (error) {
      internals.report('provider', error);
    }
  };
  const fail = (error: unknown) => {
    if (state !== 'connecting') return;
    clearTimeout(timer);
    waiting = [];
    set('failed');
    internals.report('provider', error);
  };
  const whenReady = (call: () => void) => (state === 'ready' || state === 'open' ? call() : state === 'connecting' && waiting.push(call));

  const events: ProductEvents = {
    ready() {
      if (state !== 'connecting') return;
      clearTimeout(timer);
      set('ready');
      guard((a) => a.hide());
      waiting.splice(0).forEach((call) => call());
    },
    opened() {
      // Heed decides when: a messenger that opened itself (Chatwoot for a campaign or an unread
      // reply) is closed again; the visitor opens it from Heed's tab.
      if (!asked) return guard((a) => (a.close(), a.hide()));
      if (state === 'ready') set('open');
    },
    closed() {
      // Several products bring their launcher back on close (LiveChat, Freshchat): hide it again.
      guard((a) => a.hide());
      // Only a close of the messenger the visitor had open ends their request (hiding the launcher
      // at ready may report a close too, while their request is still waiting).
      if (state !== 'open') return;
      asked = false;
      set('ready');
    },
    available(value) {
      live = value;
    },
  };

  const attach = () => {
    if (state !== 'connecting' || !adapter) return;
    let found: (() => void) | false = false;
    guard((a) => (found = a.attach(events, options)));
    // Not on the page yet (the site's own snippet may run after Heed): look again until the timeout.
    if (found) detach = found;
    else setTimeout(attach, LOOK_MS);
  };

  const messenger: Messenger = {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      if (state !== 'idle') return;
      set('connecting');
      setProductPresence(config, () => live);
      timer = setTimeout(() => fail(new Error(`${product} did not become ready within ${READY_MS / 1000} s`)), READY_MS);
      internals.onDestroy(destroy);
      loadAdapter(product).then((loaded) => {
        if (state !== 'connecting') return;
        adapter = loaded;
        if (chat.load === 'page') return attach();
        const prepared = loaded.prepare(options);
        if ('missing' in prepared) return fail(new Error(`chat.settings.${prepared.missing} is needed to load ${product}`));
        script = addScript(prepared, () => {
          guard((a) => a.loaded?.(options));
          attach();
        }, () => fail(new Error(`${product}'s script did not load (blocked, or offline?)`)));
      }, fail);
    },
    open(context) {
      messenger.start();
      asked = true;
      whenReady(() => guard((a) => a.open(context, options)));
    },
    close() {
      const wasOpen = state === 'open';
      asked = false;
      waiting = [];
      if (wasOpen) set('ready');
      if (wasOpen) guard((a) => (a.close(), a.hide()));
    },
  };

  function destroy() {
    clearTimeout(timer);
    timer = undefined;
    if (state === 'open') guard((a) => a.close());
    if (state === 'ready' || state === 'open') guard((a) => a.hide());
    guard(() => detach?.());
    script?.remove();
    setProductPresence(config, undefined);
    state = 'idle';
    listeners.clear();
    messengers.delete(internals);
  }
  return messenger;
}
