/**
 * Remembers, for this tab's session, that the relay did not answer, so that a relay that is down
 * costs one failed request (and one console line, which the browser prints for every refused
 * fetch) per back-off window instead of one on every page that reaches need: the hardening probe
 * saw 18 console errors over 14 short visits. The window doubles from 30 s up to 10 min.
 */
const KEY = 'heed:relay-down';
const FIRST_MS = 30_000;
const MAX_MS = 600_000;

interface Down {
  until: number;
  failures: number;
}

const read = (): Down | undefined => {
  try {
    const value = JSON.parse(sessionStorage.getItem(KEY) || 'null') as Down | null;
    // A value of another shape (another script, an old version) is ignored, never trusted.
    return value && typeof value.until === 'number' && typeof value.failures === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
};

/** True while an earlier failure's back-off window is open: do not ask the relay again yet. */
export const relayKnownDown = (now = Date.now()): boolean => (read()?.until ?? 0) > now;

/** Records the outcome of a request to the relay. */
export function noteRelay(answered: boolean, now = Date.now()): void {
  try {
    if (answered) return sessionStorage.removeItem(KEY);
    const failures = (read()?.failures ?? 0) + 1;
    const down: Down = { failures, until: now + Math.min(MAX_MS, FIRST_MS * 2 ** (failures - 1)) };
    sessionStorage.setItem(KEY, JSON.stringify(down));
  } catch {
    // No session storage (sandboxed frame, privacy mode): every page asks again, as before.
  }
}
