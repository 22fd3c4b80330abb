/**
 * Config types. `schema/heed.schema.json` is the source of truth for keys, ranges and
 * defaults; `test/configTypes.test.ts` checks that every schema key appears here.
 */

/** Search box and results, for `search-failure` and `search-refine`. */
export interface SearchSignalConfig {
  /** CSS selector of the search box, the only input Heed reads. @default 'input[type=search], input[name=q]' */
  input: string;
  /** CSS selector of the results container. */
  results?: string;
  /** CSS selector of the empty state ("no results"). */
  empty?: string;
  /** URL parameter carrying the query on a results page. @default 'q' */
  param: string;
  /** A typed query counts after this long without typing (or on submit). @default 1000 */
  settleMs: number;
  /** Results are final after this long without change. @default 500 */
  quietMs: number;
  /** Results are final after this long at most. @default 3000 */
  maxWaitMs: number;
  /** A new overlapping query within this window is a refinement. @default 300 */
  refineWindowSeconds: number;
}

/** Signals and the need model. */
export interface SignalsConfig {
  /** Half-life of a signal's weight in the need score. @default 60 */
  halfLifeSeconds: number;
  /** Score for `low` need. @default 0.75 */
  lowThreshold: number;
  /** Score for `high` need (plus evidence from two signal events). @default 2 */
  highThreshold: number;
  /** How far back signal events count as evidence. @default 300 */
  windowSeconds: number;
  /** Weight per signal type; `custom` covers `custom:<name>` signals without their own entry. @default see schema */
  weights: Record<string, number>;
  /** Signal types not watched. @default [] */
  disabled: string[];
  search: SearchSignalConfig;
  backNav: {
    /** @default 10 */ quickSeconds: number;
    /** @default 3 */ loopCount: number;
    /** @default 120 */ loopSeconds: number;
    /** Backs from a page read this long do not count toward a loop. @default 20 */ readSeconds: number;
  };
  pogoStick: {
    /** @default 10 */ returnSeconds: number;
    /** @default 2 */ count: number;
    /** The quick returns must fall within this window. @default 300 */ windowSeconds: number;
    /** Globs of list pages; search results pages always count. @default [] */ listPages: string[];
  };
  rageClick: {
    /** @default 3 */ clicks: number;
    /** @default 1000 */ intervalMs: number;
    /** @default 30 */ radiusPx: number;
  };
  deadClick: { /** @default 3000 */ waitMs: number };
  errorClick: { /** @default 2000 */ windowMs: number };
  formError: {
    /** @default 2 */ sameField: number;
    /** @default 2 */ failedSubmits: number;
  };
  dwell: {
    /** Stall threshold for pages without their own. @default 120 */ seconds: number;
    /** Activity counts for this long after an input. @default 5 */ activeSeconds: number;
  };
  helpSeek: {
    /** @default ['/help/*', '/faq*', '/support/*'] */ patterns: string[];
    /** @default 3 */ distinctPages: number;
  };
}

/** A per-page rule; first match wins. */
export interface PageRule {
  /** Glob on the path, or path + hash when it contains `#`. */
  match: string;
  /** Topic, used to pick articles and experts. */
  topic?: string;
  /** A stall this long here is trouble on its own. */
  dwellSeconds?: number;
  /** `false`: never offer proactively here. @default true */
  proactive: boolean;
}

/** The restraint policy (SPEC §5). */
export interface PolicyConfig {
  /** @default 15 */ minActiveSeconds: number;
  /** @default 1 */ maxOffersPerPage: number;
  /** @default 2 */ maxOffersPerSession: number;
  /** @default 3 */ maxOffersPerWeek: number;
  /** @default 30 */ quietDaysAfterRepeatDismiss: number;
  /** @default 20 */ ignoreSeconds: number;
  /** @default 30 */ sessionMinutes: number;
  /** Share of devices (0–1) in the holdout group: no proactive offers, for measuring lift. @default 0 */ holdout: number;
}

/** A goal of the site, for the lift report (README, "Measuring lift"). */
export interface GoalConfig {
  name: string;
  /** Glob of the goal's page, like `pages[].match`. */
  match: string;
}

/** Forwarding of Heed's events to the site's own analytics (SPEC §7). */
export interface AnalyticsConfig {
  /** @default [] */ forward: Array<'gtm' | 'posthog' | 'segment' | 'plausible' | 'matomo'>;
  /** What the visitor typed or touched, forwarded only when listed. @default [] */ include: Array<'query' | 'element' | 'field'>;
}

export interface ArticleConfig {
  title: string;
  url: string;
  /** @default [] */ topics: string[];
  /** @default [] */ keywords: string[];
}

/** The site's own help search, asked by the articles view instead of the local list. */
export interface ArticleSearchConfig {
  /** GET URL with a `{query}` placeholder; the answer is a JSON array of `{ title, url }`. */
  url?: string;
  /** Wait this long (ms) before showing the local matches instead; 1500 when not set. */
  timeoutMs?: number;
}

export interface ExpertConfig {
  name: string;
  topics?: string[];
  topic?: string;
  blurb?: string;
  /** @default ['chat'] */ channels: Array<'chat' | 'callback' | 'email' | 'booking'>;
  email?: string;
  bookingUrl?: string;
  requestUrl?: string;
  hours?: string;
  /** @default 'UTC' */ timeZone: string;
  /** @default [] */ holidays: string[];
  /** `true`: offer this team before live chat for its topic, when it is open. @default false */
  beforeChat: boolean;
}

/** The chat products Heed hands a chat to (README, "Chat products"). */
export type ChatProduct = 'intercom' | 'zendesk' | 'crisp' | 'chatwoot' | 'tawk' | 'hubspot' | 'freshchat' | 'livechat';

/** A chat product's own settings object, handed to it as written. Links in it are checked. */
export interface ChatProductSettings {
  [key: string]: unknown;
  /** Chatwoot. */ baseUrl?: string;
  /** Freshchat. */ host?: string;
  /** Intercom. */ api_base?: string;
}

export interface ChatConfig {
  /** @default 'none' */ provider: 'none' | 'relay' | ChatProduct;
  url?: string;
  /** Unset means 'on-demand'. */ load?: 'on-demand' | 'page';
  settings?: ChatProductSettings;
  contextField?: string;
  hours?: string;
  /** @default 'UTC' */ timeZone: string;
}

export interface UiConfig {
  /** @default 'right' */ position: 'right' | 'left' | 'bottom';
  /** Unset: "Help" in the visitor's language ("Hilfe", "Aide"…; README, Languages). */ label?: string;
  /** Unset: "How can we help?" in the visitor's language. */ title?: string;
  /** @default '#1d4ed8' */ accent: string;
  /** @default 2147483000 */ zIndex: number;
  /** CSS selector of the page's own fixed elements the tab keeps clear of (cookie banner, sticky bar). */
  avoid?: string;
  /** BCP 47 tag; unset: the page's `<html lang>`, else the browser's languages, else English. */
  locale?: string;
  /** The site's own words for Heed's strings, by key (README, "Languages"). */
  strings?: Record<string, string>;
}

export interface PrivacyConfig {
  /** @default 'indexeddb' */ storage: 'indexeddb' | 'session' | 'memory';
}

/** Config with every default filled in. */
export interface ResolvedConfig {
  signals: SignalsConfig;
  /** @default [] */ pages: PageRule[];
  policy: PolicyConfig;
  /** @default [] */ articles: ArticleConfig[];
  articleSearch: ArticleSearchConfig;
  /** @default [] */ experts: ExpertConfig[];
  chat: ChatConfig;
  ui: UiConfig;
  privacy: PrivacyConfig;
  /** @default false */ debug: boolean;
  /** @default [] */ goals: GoalConfig[];
  analytics: AnalyticsConfig;
}

type DeepPartial<T> = T extends Array<infer U>
  ? Array<DeepPartial<U>>
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** What a site owner writes: every key optional. */
export type HeedConfig = DeepPartial<ResolvedConfig> & { $schema?: string };
