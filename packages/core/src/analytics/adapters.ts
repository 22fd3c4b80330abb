import type { AnalyticsConfig } from '../config/configTypes.js';
import type { Forwarded } from './toForward.js';

type Tools = Record<string, ((...args: unknown[]) => unknown) | { push?(...args: unknown[]): unknown; capture?(...args: unknown[]): unknown; track?(...args: unknown[]): unknown } | undefined>;

/**
 * One small adapter per tool, each through the tool's documented browser API and only when the
 * tool is on the page: Heed never creates `dataLayer` or a tool's stub, so a tool the page does not
 * run receives nothing. Snippet stubs that queue calls until the tool loads (PostHog's, Segment's,
 * Plausible's, `_paq`) count as present: the tool sends once it has loaded.
 */
export const adapters: Record<AnalyticsConfig['forward'][number], (event: Forwarded, tools: Tools) => void> = {
  // Google Tag Manager, and GA4 through it: a custom event `heed_offer`… with its data layer variables.
  gtm: ({ name, props }, { dataLayer }) => (dataLayer as { push?(entry: unknown): void } | undefined)?.push?.({ event: name, ...props }),
  // posthog.capture(event, properties).
  posthog: ({ name, props }, { posthog }) => (posthog as { capture?(...a: unknown[]): void } | undefined)?.capture?.(name, props),
  // Segment's analytics.js: analytics.track(event, properties).
  segment: ({ name, props }, { analytics }) => (analytics as { track?(...a: unknown[]): void } | undefined)?.track?.(name, props),
  // Plausible custom events: plausible(event, { props }).
  plausible: ({ name, props }, { plausible }) => typeof plausible === 'function' && plausible(name, { props }),
  // Matomo: trackEvent(category, action, name); the properties travel as JSON in the name.
  matomo: ({ name, props }, { _paq }) => (_paq as { push?(command: unknown[]): void } | undefined)?.push?.(['trackEvent', 'Heed', name, JSON.stringify(props)]),
};

export type { Tools };
