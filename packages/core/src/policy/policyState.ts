import type { Store } from '../storage/createStore.js';
import type { DismissEvent, Preferences } from '../types.js';

/** The current session: started when none was active for `sessionMinutes`. */
export interface PolicySession {
  start: number;
  last: number;
  offers: number;
  dismissed: boolean;
  ignored: number;
  /** The visitor opened an article from an offer this session: a struggle after that escalates. */
  readArticle?: boolean;
}

/** What the policy remembers on this device (durable store, shared by the site's tabs). */
export interface PolicyMemory {
  /** Version of this shape (see VERSION). */
  v?: number;
  /** Times of proactive offers, for the weekly cap (kept for 7 days). */
  offers: number[];
  /** Times of hard dismissals ("No thanks", Esc). */
  dismissals: number[];
  /** No proactive offers before this time (set by a repeat dismissal). */
  quietUntil: number;
  /** When the last proactive offer was shown: a new one needs evidence newer than that. */
  lastOfferAt: number;
  /** An offer is visible in some tab of this site until this time (one voice across tabs). */
  showingUntil: number;
  /**
   * The tab that shows it. The memory outlives the page that showed the offer: after a reload, or
   * on the next page of the same tab, that offer is gone, so it must not hold this tab back.
   */
  showingTab?: string;
  /** URLs of articles opened from an offer (the latest MAX_OPENED): never offered again. */
  opened: string[];
  session: PolicySession;
}

const WEEK = 7 * 864e5;
const KEY = 'policy';
const MAX_OPENED = 20;

/**
 * Version of the stored memory, for a later Heed to migrate from. Reading is field by field, so a
 * value written by a newer version (another tab not yet reloaded) still keeps its dismissals.
 */
const VERSION = 1;

const times = (value: unknown): number[] => (Array.isArray(value) ? value.filter((at): at is number => typeof at === 'number') : []);
const time = (value: unknown): number => (typeof value === 'number' ? value : 0);

/** The stored session, if it has the shape one has: anything else starts a new one. */
const sessionOf = (value: unknown): PolicySession | undefined => {
  const session = value as PolicySession | null;
  return session && typeof session === 'object' && typeof session.start === 'number' && typeof session.last === 'number'
    ? { start: session.start, last: session.last, offers: time(session.offers), dismissed: session.dismissed === true, ignored: time(session.ignored), readArticle: session.readArticle === true }
    : undefined;
};

/**
 * The memory as of `now` from what was saved (or nothing): the session rolls over after
 * `sessionMs` of inactivity and offers older than a week are dropped. What was saved is read
 * field by field through a check of its shape (issue #16: another script, an older version or a
 * truncated write left `offers: "abc"` and broke "No thanks"): a bad field takes its default.
 */
export function restoreMemory(raw: unknown, sessionMs: number, now: number): PolicyMemory {
  const saved = raw && typeof raw === 'object' ? (raw as Partial<PolicyMemory>) : undefined;
  const session = sessionOf(saved?.session);
  // The session is still going after activity within the last `sessionMs` (quietReason checks the same).
  const live = session && now - session.last < sessionMs;
  const memory: PolicyMemory = {
    v: VERSION,
    offers: times(saved?.offers).filter((at) => now - at < WEEK),
    dismissals: times(saved?.dismissals),
    quietUntil: time(saved?.quietUntil),
    showingUntil: time(saved?.showingUntil),
    showingTab: typeof saved?.showingTab === 'string' ? saved.showingTab : undefined,
    lastOfferAt: time(saved?.lastOfferAt),
    // Memory saved before articles were remembered has none.
    opened: Array.isArray(saved?.opened) ? saved.opened.filter((url): url is string => typeof url === 'string') : [],
    session: live ? session : { start: now, last: now, offers: 0, dismissed: false, ignored: 0 },
  };
  memory.session.last = now;
  return memory;
}

/** Remembers that the visitor opened `url` from an offer: tried this session, and never offered again. */
export function recordArticle(memory: PolicyMemory, url: string): void {
  memory.session.readArticle = true;
  if (!memory.opened.includes(url)) memory.opened = [...memory.opened, url].slice(-MAX_OPENED);
}

/** Reads the memory from the store as of `now` (see {@link restoreMemory}). */
export const readMemory = async (store: Store, sessionMs: number, now = Date.now()): Promise<PolicyMemory> =>
  restoreMemory(await store.get(KEY), sessionMs, now);

export const writeMemory = (store: Store, memory: PolicyMemory): Promise<void> => store.set(KEY, memory);

/** The saved memory as it is, not rolled over (see {@link quietReason}). */
export const savedMemory = (store: Store): Promise<PolicyMemory | undefined> => store.get<PolicyMemory>(KEY);

/**
 * Why the policy keeps quiet, if it does — the one place that decides it, for the policy's rules
 * and for `heed.state().quiet` before the policy has loaded: `quiet` when the visitor chose "Only
 * when I ask" or a repeat dismissal's quiet period runs; `cooldown` for the rest of a session in
 * which they said "No thanks" (or ignored two offers). Works on saved memory too: a session idle
 * for `sessionMs` has ended, and its dismissal with it.
 */
export const quietReason = (memory: PolicyMemory | undefined, preferences: Preferences, now: number, sessionMs: number): 'quiet' | 'cooldown' | undefined =>
  preferences.proactive === 'ask-only' || (memory?.quietUntil || 0) > now ? 'quiet' : memory?.session?.dismissed && now - memory.session.last < sessionMs ? 'cooldown' : undefined;

/**
 * Remembers a dismissal: "No thanks" or Esc quiets the session, a second one the device for
 * `quietDays`; an ignored offer is a soft dismissal, and two of them quiet the session.
 */
export function recordDismissal(memory: PolicyMemory, how: DismissEvent['how'], now: number, quietDays: number): void {
  if (how === 'timeout') memory.session.dismissed ||= ++memory.session.ignored >= 2;
  else {
    memory.session.dismissed = true;
    memory.dismissals.push(now);
    if (memory.dismissals.length >= 2) memory.quietUntil = now + quietDays * 864e5;
  }
}
