// The lift report: goal conversion per group, and the difference heed − holdout with Newcombe's
// 95 % interval, over all sessions and over those that reached high need (where an offer could
// make a difference at all). `heed lift` prints it; `liftReport` is the function behind it.
import { newcombe, wilson } from './interval.mjs';
import { readSessions } from './sessions.mjs';

/** @typedef {{ sessions: number, offered: number, converted: number, rate: number, low: number, high: number }} GroupRow */
/** @typedef {{ heed: GroupRow, holdout: GroupRow, difference: { difference: number, low: number, high: number } }} Comparison */

/** @param {import('./sessions.mjs').Session[]} sessions @param {(s: import('./sessions.mjs').Session) => boolean} converted @returns {GroupRow} */
const rowOf = (sessions, converted) => {
  const won = sessions.filter(converted).length;
  const { p, low, high } = wilson(won, sessions.length);
  return { sessions: sessions.length, offered: sessions.filter((s) => s.offered).length, converted: won, rate: p, low, high };
};

/** @param {import('./sessions.mjs').Session[]} sessions @param {(s: import('./sessions.mjs').Session) => boolean} converted @returns {Comparison} */
const compare = (sessions, converted) => {
  const heed = rowOf(sessions.filter((s) => s.group === 'heed'), converted);
  const holdout = rowOf(sessions.filter((s) => s.group === 'holdout'), converted);
  return { heed, holdout, difference: newcombe(heed.converted, heed.sessions, holdout.converted, holdout.sessions) };
};

/**
 * The report for JSONL `text`. `goal`: count only that goal (default: any goal).
 * @param {string} text @param {{ goal?: string }} [options]
 */
export function liftReport(text, { goal } = {}) {
  const { sessions, skipped } = readSessions(text);
  const all = [...sessions.values()];
  const kept = all.filter((s) => !s.mixed);
  /** @param {import('./sessions.mjs').Session} s */
  const converted = (s) => (goal === undefined ? s.goals.size > 0 : s.goals.has(goal));
  return { goal: goal ?? 'any goal', skipped, mixed: all.length - kept.length, all: compare(kept, converted), highNeed: compare(kept.filter((s) => s.high), converted) };
}

const pct = (/** @type {number} */ x) => (Number.isNaN(x) ? '—' : `${(100 * x).toFixed(1)} %`);
const points = (/** @type {number} */ x) => (Number.isNaN(x) ? '—' : `${x >= 0 ? '+' : '−'}${Math.abs(100 * x).toFixed(1)}`);

/** The report as the table `heed lift` prints. @param {ReturnType<typeof liftReport>} report */
export function formatReport(report) {
  const lines = [`Goal: ${report.goal}. Conversion = sessions that reached it; 95 % intervals (Wilson; Newcombe for the difference).`, ''];
  const head = ['', 'sessions', 'would be offered', 'converted', 'rate', '95 % interval'];
  for (const [title, part] of /** @type {const} */ ([
    ['All sessions', report.all],
    ['High-need sessions (the policy weighed an offer)', report.highNeed],
  ])) {
    const rows = [head];
    for (const group of /** @type {const} */ (['heed', 'holdout'])) {
      const r = part[group];
      rows.push([group, String(r.sessions), `${r.offered} (${pct(r.sessions ? r.offered / r.sessions : NaN)})`, String(r.converted), pct(r.rate), r.sessions ? `${pct(r.low)} – ${pct(r.high)}` : '—']);
    }
    const { difference, low, high } = part.difference;
    rows.push(['heed − holdout', '', '', '', `${points(difference)} pts`, Number.isNaN(difference) ? '—' : `${points(low)} to ${points(high)} pts`]);
    const widths = head.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
    lines.push(title, ...rows.map((row) => row.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd()), '');
  }
  const verdict = report.all.difference;
  if (!Number.isNaN(verdict.difference)) lines.push(verdict.low > 0 ? 'Heed’s group converted more, beyond chance at 95 %.' : verdict.high < 0 ? 'Heed’s group converted less, beyond chance at 95 %.' : 'No difference beyond chance at 95 %: the interval includes 0.');
  if (report.mixed) lines.push(`${report.mixed} session(s) appeared in both groups and were left out.`);
  if (report.skipped) lines.push(`${report.skipped} line(s) were not Heed events with a session and a group, and were skipped.`);
  return lines.join('\n');
}
