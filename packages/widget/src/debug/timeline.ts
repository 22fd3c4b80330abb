import type { DismissEvent, OfferEvent, SignalEvent, SuppressEvent } from '@heed/core';

/** One line of the overlay's timeline: a time, a bold label, details. */
export type Line = [at: number, label: string, detail: string];

const KEY = 'heed:debug-timeline';
const MAX = 50;

/** The signals behind a decision, short: `search-failure “laser tripod”, search-refine`. */
export const reasonsText = (reasons: SignalEvent[]): string =>
  reasons
    .map((s) => {
      const d = s.detail || {};
      const what = d.query ?? d.element ?? d.field ?? d.page;
      return what === undefined ? s.type : `${s.type} “${String(what).slice(0, 30)}”`;
    })
    .join(', ') || 'no reasons';

export const signalLine = (s: SignalEvent): Line => [s.at, s.type, `+${s.weight} ${JSON.stringify(s.detail)}`];
/** An offer with the escalation ladder's choice: what it leads with, and why that rung. */
export const offerLine = (o: OfferEvent): Line => [
  Date.now(),
  `offer ${o.kind}`,
  `${o.id}${o.topic ? ` · topic ${o.topic}` : ''}${o.article ? ` · article “${o.article.title}”` : ''}${o.team ? ` · team ${o.team.name} (${o.team.channels.join(', ')})` : ''}` +
    `${o.why?.length ? ` · ladder: ${o.why.join('; ')}` : ''} · because: ${reasonsText(o.reasons)}`,
];
export const suppressLine = (s: SuppressEvent): Line => [Date.now(), `held back: ${s.rule}`, `because: ${reasonsText(s.reasons)}`];
export const dismissLine = (d: DismissEvent): Line => [Date.now(), `dismissed (${d.how})`, d.id];

/**
 * The timeline, kept in this tab's session storage so that a site owner walking a multi-page
 * site sees what happened on earlier pages too (the overlay starts again on each page).
 */
export function createTimeline() {
  let lines: Line[] = [];
  try {
    lines = JSON.parse(sessionStorage.getItem(KEY) || '[]');
  } catch {
    lines = [];
  }
  return {
    lines: () => lines,
    add(line: Line) {
      lines = [...lines, line].slice(-MAX);
      try {
        sessionStorage.setItem(KEY, JSON.stringify(lines));
      } catch {
        // Storage full or blocked: the timeline still shows this page's lines.
      }
    },
  };
}
