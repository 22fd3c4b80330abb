import type { Activity } from '../activity.js';
import type { PageRule, ResolvedConfig } from '../config/configTypes.js';
import type { TabState } from '../storage/tabState.js';
import type { Heed, PageEvent, SignalType } from '../types.js';

/** Options of one emitted signal. */
export interface EmitOptions {
  /**
   * How many observations this one event stands for, as evidence for `high` need. A pogo-stick
   * event covers two returns; a stall on a page whose owner set `dwellSeconds` counts double.
   * @default 1
   */
  evidence?: number;
  /** Weight override; by default the configured weight of the type. */
  weight?: number;
  /** The element the struggle happened at (the search box, the clicked button, the field): an offer is anchored next to it. */
  anchor?: Element | null;
}

/** What a detector gets when it starts. Everything registered through it is undone on stop. */
export interface DetectorContext {
  /** The resolved config. */
  config: ResolvedConfig;
  /** Emits a `signal` event of `type` with a site-owner-readable `detail`. */
  emit(type: SignalType, detail: Record<string, unknown>, options?: EmitOptions): void;
  /** Subscribes to Heed's events (e.g. `page`, `signal`); removed on stop. */
  on: Heed['on'];
  /** The current page. */
  page(): PageEvent;
  /** The `pages[]` rule of the current page, if any. */
  rule(): PageRule | undefined;
  /** Visitor activity and typing state. */
  activity: Activity;
  /** Per-tab state that survives page loads. */
  tab: TabState;
  /** Adds an event listener (passive unless said otherwise); removed on stop. */
  listen(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
  /** A timeout cleared on stop; returns a function that cancels it. */
  later(callback: () => void, ms: number): () => void;
}

/**
 * A detector: one signal type's logic. `start` wires it up and may return its own cleanup;
 * listeners and timers made through the context are cleaned up by Heed either way.
 */
export interface Detector {
  /** The signal type it emits; `signals.disabled` matches against it. */
  name: string;
  start(context: DetectorContext): void | (() => void);
}

/** Declares a detector. Identity at run time; it exists for the type and for readability. */
export const defineDetector = (detector: Detector): Detector => detector;
