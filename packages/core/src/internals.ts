import type { Activity } from './activity.js';
import type { ResolvedConfig } from './config/configTypes.js';
import type { Emitter } from './emitter.js';
import type { Store } from './storage/createStore.js';
import type { HeedEvents, OfferEvent, PanelEvent, PanelView, SignalEvent } from './types.js';

/** What a UI (the widget) registers so that `heed.open()` / `heed.close()` reach it. */
export interface ViewHandler {
  open(view: PanelView, by: PanelEvent['by']): void;
  close(by: PanelEvent['by']): void;
  /**
   * Shows a proactive offer; resolves whether the visitor can actually see it. The policy emits
   * `offer` only then: a page can hide or remove Heed's element, and an offer nobody saw must not be
   * counted (or forwarded) as help given. Without a UI attached (headless use) the event is the offer.
   */
  present(offer: OfferEvent): Promise<boolean | undefined>;
}

/**
 * The parts of a Heed instance that UI packages need and page scripts should not: the event
 * emitter (to emit `open`, `accept`, `dismiss`…), the resolved config and the durable store.
 */
export interface HeedInternals {
  emit: Emitter<HeedEvents>['emit'];
  config(): ResolvedConfig;
  store(): Store;
  /** Undefined until `ready` (and outside a browser). */
  activity(): Activity | undefined;
  /** The element a signal happened at, when its detector knew it. */
  anchorOf(signal: SignalEvent): Element | undefined;
  /** Registers the UI; returns the function that unregisters it. */
  attachView(handler: ViewHandler): () => unknown;
  /** Calls `cleanup` when the instance is destroyed. */
  onDestroy(cleanup: () => void): void;
  /** Reports an error as an `error` event (never throws). */
  report(code: string, error: unknown, path?: string): void;
}

const registry = new WeakMap<object, HeedInternals>();

export const registerInternals = (heed: object, internals: HeedInternals): void => void registry.set(heed, internals);

/** The internals of a Heed instance made by `createHeed`, for UI packages such as `@heed/widget`. */
export function internalsOf(heed: object): HeedInternals {
  return registry.get(heed)!;
}
