import type { OfferEvent, SignalEvent } from '@heed/core';

const quote = (value: unknown) => `“${String(value).slice(0, 40)}”`;

/**
 * What Heed noticed, in plain words, from the signal that decided the offer. Never repeats
 * anything but the search query and element or field names the detectors recorded.
 */
export function offerHeadline(reasons: SignalEvent[]): string {
  // A refinement says less than the failure next to it: prefer any other signal, latest first.
  const deciding = [...reasons].reverse().find((signal) => signal.type !== 'search-refine') || reasons[reasons.length - 1];
  const detail = deciding?.detail || {};
  switch (deciding?.type) {
    case 'search-failure':
      return detail.query ? `Can't find ${quote(detail.query)}?` : "Can't find what you're looking for?";
    case 'search-refine':
      return `Still looking for ${quote(detail.query)}?`;
    case 'rage-click':
    case 'dead-click':
    case 'error-click':
      return detail.element ? `Is ${quote(detail.element)} not working?` : 'Is something not working?';
    case 'form-error':
      return detail.field ? `Having trouble with ${quote(detail.field)}?` : 'Having trouble with this form?';
    case 'dwell':
      return 'Need a hand with this step?';
    case 'help-seek':
      return 'Still looking for an answer?';
    case 'back-nav':
    case 'pogo-stick':
      return "Can't find what you're looking for?";
    default:
      return 'Can we help?';
  }
}

/** The sentence under the headline: what help is there right now. */
export const offerBody = (kind: OfferEvent['kind']): string =>
  kind === 'chat' ? 'Someone from our team is here to chat now.' : "Tell us what you need and we'll help you find it.";
