import { completeOwnKey } from '../config/completeConfig.js';
import { reportProblem } from '../config/reportProblem.js';
import type { PolicyDeps } from '../policy/createPolicy.js';
import type { Report } from '../safely.js';
import type { HeedEvents } from '../types.js';
import { adapters, type Tools } from './adapters.js';
import { toForward } from './toForward.js';

/** Events that happened before this chunk loaded, in order. */
export type Held = Array<[keyof HeedEvents, HeedEvents[keyof HeedEvents]]>;

// The same five as forwardOnDemand.ts's string in heed.js; sharing one constant cost heed.js 20 B.
const FORWARDED = /^(offer|suppress|accept|dismiss|goal)$/;

/**
 * Forwards Heed's events to the tools in `analytics.forward` (the analytics chunk, loaded by
 * forwardOnDemand.ts on the first event worth forwarding). It takes over the bus's tap, then sends
 * what was held meanwhile. A tool that throws is reported as an `analytics` error, once; the others
 * still receive the event, and nothing reaches the host page.
 */
export function startAnalytics({ bus, config, page }: PolicyDeps, held: Held, report: Report): void {
  // `analytics` is checked by shape only in heed.js, and only here in full (OWN_KEYS).
  completeOwnKey(config, 'analytics', reportProblem(report));
  const { forward, include } = config.analytics;
  const send = (name: keyof HeedEvents, payload: HeedEvents[keyof HeedEvents]) => {
    if (!FORWARDED.test(name)) return;
    const event = toForward(name, payload as unknown as Record<string, unknown>, page(), include);
    for (const tool of forward) {
      try {
        adapters[tool](event, window as unknown as Tools);
      } catch (error) {
        report('analytics', error, 'analytics.forward');
      }
    }
  };
  bus.tap = send;
  for (const [name, payload] of held.splice(0)) send(name, payload);
}
