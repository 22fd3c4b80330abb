import type { Group } from './lift/groupOf.js';

/**
 * Public types of Heed. Config types mirror `schema/heed.schema.json`, which is the source of
 * truth for keys and defaults; a unit test keeps the two in step.
 */

export type { Group };

/** Built-in signal types (SPEC §3). Site signals are `custom:<name>`. */
export type BuiltInSignalType =
  | 'dwell'
  | 'search-failure'
  | 'search-refine'
  | 'back-nav'
  | 'pogo-stick'
  | 'rage-click'
  | 'dead-click'
  | 'error-click'
  | 'form-error'
  | 'help-seek';

/** A built-in signal type or `custom:<name>`. */
export type SignalType = BuiltInSignalType | `custom:${string}`;

/** Need level: `low` shows a quiet hint on the tab, `high` may bring an offer. */
export type NeedLevel = 'none' | 'low' | 'high';

/** Views of the panel. */
export type PanelView = 'home' | 'chat' | 'expert' | 'articles';

/** The visitor's own choice about proactive help. */
export type ProactivePreference = 'on' | 'ask-only';

/** Payload of the `signal` event: one detector observation. */
export interface SignalEvent {
  /** Signal type, e.g. `search-failure`. */
  type: SignalType;
  /** Weight added to the need score (from `signals.weights`). */
  weight: number;
  /** `Date.now()` when it happened. */
  at: number;
  /** What happened, in words a site owner understands (query, element name, field name…). */
  detail: Record<string, unknown>;
}

/** Payload of the `need` event and `state().need`. */
export interface NeedState {
  level: NeedLevel;
  /** Current decayed score. */
  score: number;
  /** The signal events that produced this level. */
  reasons: SignalEvent[];
}

/** Payload of the `offer` event. */
export interface OfferEvent {
  id: string;
  kind: 'nudge' | 'articles' | 'chat' | 'expert';
  reasons: SignalEvent[];
  /** The page rule's topic, else the topic the visitor's queries point at (through the best-matching article). */
  topic?: string;
  /** Kind `articles`: the article that matches this struggle best, which the offer leads with. */
  article?: { title: string; url: string };
  /** Kind `expert`: the team for the topic and its channels that can be used now. */
  team?: { name: string; channels: Array<'chat' | 'callback' | 'email' | 'booking'> };
  /** Why the escalation ladder chose this kind, rung by rung, in short phrases (the debug overlay shows them). */
  why?: string[];
}

/** Payload of the `suppress` event: the policy rule that held an offer back. */
export interface SuppressEvent {
  rule: string;
  reasons: SignalEvent[];
}

/** Payload of the `dismiss` event. */
export interface DismissEvent {
  id: string;
  how: 'button' | 'escape' | 'timeout';
}

/** Payload of the `accept` event. */
export interface AcceptEvent {
  id: string;
  channel: string;
}

/** Payload of the `open` and `close` events. */
export interface PanelEvent {
  view: PanelView;
  by: 'visitor' | 'offer' | 'api';
}

/** Payload of the `error` event. Heed never throws into the host page. */
export interface ErrorEvent {
  /** e.g. `config-invalid`, `config-fetch`, `config-parse`, `listener`, `runtime`. */
  code: string;
  message: string;
  /** JSON path of the bad config value, e.g. `policy.maxOffersPerPage`. */
  path?: string;
}

/** Payload of the `page` event: Heed saw a route change or page load. */
export interface PageEvent {
  /** Full URL. */
  url: string;
  /** Page key: the path, plus the hash for hash-routed apps. */
  page: string;
  /** Page key before this change, if any. */
  from?: string;
  /** How the visitor got here. */
  navigation: 'load' | 'push' | 'replace' | 'traverse' | 'reload';
  /** For traversals (and back/forward page loads): which way. */
  direction?: 'back' | 'forward';
  at: number;
}

/** Payload of the `goal` event: the visitor reached one of the site's goals (`goals[]`, `heed.goal()`). */
export interface GoalEvent {
  name: string;
}

/** Map of event names to payloads for {@link Heed.on}. Every payload also carries the visitor's `group` ({@link Stamped}). */
export interface HeedEvents {
  signal: SignalEvent;
  need: NeedState;
  offer: OfferEvent;
  suppress: SuppressEvent;
  dismiss: DismissEvent;
  accept: AcceptEvent;
  open: PanelEvent;
  close: PanelEvent;
  error: ErrorEvent;
  page: PageEvent;
  goal: GoalEvent;
}

/** What the emitter adds to every payload: the visitor's group in a lift experiment (SPEC §5.9). */
export interface Stamped {
  group: Group;
}

/** The visitor's preferences, remembered on this device. */
export interface Preferences {
  /** @default 'on' */
  proactive: ProactivePreference;
}

/** Snapshot returned by {@link Heed.state}. */
export interface HeedState {
  need: NeedState;
  /** Proactive offers shown in this session. */
  offersShown: number;
  /** True while the policy keeps quiet (after dismissals, or the visitor chose "Only when I ask"). */
  quiet: boolean;
  preferences: Preferences;
  /** The visitor's group: `holdout` (no proactive offers, `policy.holdout`) or `heed`. */
  group: Group;
}

/** The API object: `window.heed` after the script tag loads, or what `createHeed()` returns. */
export interface Heed {
  /** Subscribe to an event; returns the unsubscribe function. */
  on<K extends keyof HeedEvents>(event: K, callback: (payload: HeedEvents[K] & Stamped) => void): () => void;
  /** Report a site signal (`custom:<name>`) or a built-in one such as `search-failure`. */
  signal(type: SignalType, detail?: Record<string, unknown>): void;
  /** Tell Heed about a route change it could not see. Defaults to the current URL. */
  page(url?: string): void;
  /** The visitor reached the goal `name` (a purchase, a sign-up): a `goal` event, once per page view. */
  goal(name: string): void;
  /** Open the panel. @default view 'home' */
  open(view?: PanelView): void;
  /** Close the panel. */
  close(): void;
  /** A snapshot of need, offers, quiet state and preferences. */
  state(): HeedState;
  /** The visitor's preferences. */
  preferences: { set(update: Partial<Preferences>): Promise<void> };
  /** Remove every listener, timer and element. */
  destroy(): void;
  /** Resolves when config is loaded and detectors run. Never rejects. */
  ready: Promise<void>;
}
