import type { SignalsConfig } from '../config/configTypes.js';
import type { TabState } from '../storage/tabState.js';
import type { NeedLevel, NeedState, SignalEvent } from '../types.js';

/** Holds recent signal events and turns them into a decaying need score and level (SPEC §4). */
export interface NeedModel {
  add(event: SignalEvent, evidence: number): void;
  /** Judges the events carried over from earlier pages of this tab (emits `need` if they matter). */
  resume(): void;
  current(): NeedState;
  stop(): void;
}

interface Entry {
  event: SignalEvent;
  evidence: number;
}

const MAX_EVENTS = 64;

/** Score of `entries` at `now`: Σ weight · 2^(−age / halfLife). */
export const scoreAt = (entries: Array<{ event: SignalEvent }>, now: number, halfLifeMs: number): number =>
  entries.reduce((sum, { event }) => sum + event.weight * 2 ** (-Math.max(0, now - event.at) / halfLifeMs), 0);

/**
 * Entries carried over from an earlier page, read through a shape check: another script, an old
 * version or a truncated write may have left anything under `heed:need`, and a bad value must not
 * stop every signal of the tab. A non-array reads as [] (TabState.get), an entry without a signal time is dropped;
 * a wrong weight or evidence only makes that entry count for nothing (NaN never passes a threshold).
 */
const carriedOver = (saved: Array<Entry | null> = []): Entry[] => saved.filter((entry): entry is Entry => (entry?.event?.at as number) > 0);

/**
 * With `tab`, recent events are kept per tab across the page loads of a multi-page site, so two
 * failed searches on two results pages add up as they do in a single-page app.
 */
export function createNeedModel(config: SignalsConfig, onLevel: (need: NeedState) => void, tab?: TabState): NeedModel {
  const halfLife = config.halfLifeSeconds * 1000;
  const windowMs = config.windowSeconds * 1000;
  let entries: Entry[] = carriedOver(tab?.get('need', []));
  let level: NeedLevel = 'none';
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** The state as of `now`, and how long until its level ends. */
  const evaluate = (now = Date.now()): [NeedState, number] => {
    entries = entries.filter((entry) => now - entry.event.at < windowMs);
    const score = scoreAt(entries, now, halfLife);
    const evidence = entries.reduce((sum, entry) => sum + entry.evidence, 0);
    // Hysteresis: a level holds until the score halves below its threshold (one half-life), so an
    // offer that waits for a pause in typing is not lost to a few seconds of decay.
    const reaches = (held: boolean, threshold: number) => score >= (held ? threshold / 2 : threshold);
    const high = reaches(level === 'high', config.highThreshold) && evidence >= 2;
    const next: NeedLevel = high ? 'high' : reaches(level !== 'none', config.lowThreshold) && entries.length ? 'low' : 'none';
    // When will this level end? The score halves every half-life; the oldest event leaves the window.
    const threshold = (next === 'high' ? config.highThreshold : config.lowThreshold) / 2;
    let wait = next === 'none' ? Infinity : halfLife * Math.log2(score / Math.max(threshold, 1e-9));
    if (entries.length) wait = Math.min(wait, entries[0].event.at + windowMs - now);
    // Array.from, not entries.map: state() is page-facing, and a page may have replaced Array.prototype.map.
    return [{ level: next, score, reasons: Array.from(entries, (entry) => entry.event) }, wait];
  };

  const update = (at?: number) => {
    clearTimeout(timer);
    const [state, wait] = evaluate(at);
    if (state.level !== level) {
      level = state.level;
      onLevel(state);
    }
    if (wait < Infinity) timer = setTimeout(update, Math.max(0, wait) + 1);
  };

  return {
    add(event, evidence) {
      entries.push({ event, evidence });
      if (entries.length > MAX_EVENTS) entries.shift();
      // Judged as of the signal's own time: the milliseconds it took to reach here are not decay. A
      // signal weighted exactly at the high threshold (a stall on a page with its own dwellSeconds)
      // would otherwise land just below it whenever the clock ticked in between.
      update(event.at);
      tab?.set('need', entries);
    },
    resume: () => update(),
    current: () => evaluate()[0],
    stop: () => clearTimeout(timer),
  };
}
