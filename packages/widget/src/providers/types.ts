import type { ChatConfig } from '@heed/core';

/** A chat product's own settings object (`chat.settings`), as written. */
export type ChatProductSettings = NonNullable<ChatConfig['settings']>;

/** What the visitor agreed to share, exactly as the chat view showed it. */
export interface ProductContext {
  /** What Heed noticed, in words (summary.ts); empty when it noticed nothing. */
  summary: string;
  /** The page path, and its title. */
  page: string;
  title?: string;
  /** All of it as one sentence, for a product that takes a prefilled first message. */
  text: string;
}

/** What an adapter tells the messenger about the product. Each may be called any number of times. */
export interface ProductEvents {
  /** The product's API can be used now. */
  ready(): void;
  /** Its messenger opened (asked for or not) or closed. */
  opened(): void;
  closed(): void;
  /** Its own word on whether an agent is there (products that expose it). */
  available(live: boolean): void;
}

/** What an adapter is given: `chat.settings` as written, and `chat.contextField`. */
export interface ProductOptions {
  settings: ChatProductSettings;
  contextField?: string;
}

/**
 * One chat product, driven only through its documented JavaScript API (README, "Chat products",
 * lists every call). The messenger (messenger.ts) calls `hide`, `open` and `close` only after
 * `ready`, and catches what they throw, so an adapter never meets a product that is not there yet.
 */
export interface ProductAdapter {
  /**
   * `load: 'on-demand'`: sets the product's own globals (its settings, with the launcher hidden from
   * the start) and returns its script (`id` when the product needs one), or the missing setting.
   */
  prepare(options: ProductOptions): { src: string; id?: string } | { missing: string };
  /** `load: 'on-demand'`: the script has run; a product that must be started is started here. */
  loaded?(options: ProductOptions): void;
  /**
   * Wires the product's events to `events`, and says `ready` when its API can be used (at once if it
   * already can). Returns what undoes the wiring, or false while the product's global is not on the
   * page yet (the messenger asks again shortly).
   */
  attach(events: ProductEvents, options: ProductOptions): (() => void) | false;
  /** Hides the product's own launcher (again: several bring it back). */
  hide(): void;
  /** Opens the messenger, handing it `context` when the visitor agreed to share it. */
  open(context: ProductContext | undefined, options: ProductOptions): void;
  close(): void;
}
