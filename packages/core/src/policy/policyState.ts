import type { Store } from '../storage/createStore.js';

/** What the policy remembers on this device (durable store, shared by the site's tabs). */
export interface PolicyMemory {
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
  /** The current session: started when none was active for `sessionMinutes`. */
  session: { start: number; last: number; offers: number; dismissed: boolean; ignored: number };
}

const WEEK = 7 * 864e5;
const KEY = 'policy';

/** Reads the memory, rolling the session over after `sessionMs` of inactivity and dropping old offers. */
export async function readMemory(store: Store, sessionMs: number, now = Date.now()): Promise<PolicyMemory> {
  const saved = await store.get<PolicyMemory>(KEY);
  const memory: PolicyMemory = {
    offers: (saved?.offers || []).filter((at) => now - at < WEEK),
    dismissals: saved?.dismissals || [],
    quietUntil: saved?.quietUntil || 0,
    showingUntil: saved?.showingUntil || 0,
    lastOfferAt: saved?.lastOfferAt || 0,
    session: saved?.session && now - saved.session.last < sessionMs ? saved.session : { start: now, last: now, offers: 0, dismissed: false, ignored: 0 },
  };
  memory.session.last = now;
  return memory;
}

export const writeMemory = (store: Store, memory: PolicyMemory): Promise<void> => store.set(KEY, memory);
