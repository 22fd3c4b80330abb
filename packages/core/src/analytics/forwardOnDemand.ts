import type { Emitter } from '../emitter.js';
import type { PolicyDeps } from '../policy/createPolicy.js';
import type { Report } from '../safely.js';
import type { HeedEvents } from '../types.js';
import { loadAnalytics } from './loadAnalytics.js';
import type { Held } from './startAnalytics.js';

/**
 * With `analytics.forward` set, holds the events worth forwarding and loads the analytics chunk on
 * the first of them (SPEC §9: no network before need); the chunk then takes over the bus's tap and
 * sends what was held. A chunk that fails to load is reported as `chunk-load`
 * and not asked for again (the few events held meanwhile are all that is kept).
 */
export function forwardOnDemand(bus: Emitter<HeedEvents>, deps: () => PolicyDeps, report: Report): void {
  const held: Held = [];
  bus.tap = (name, payload) =>
    // No other event name is a part of this string (signal, need, open, close, error, page).
    'offer suppress accept dismiss goal'.includes(name) &&
    held.push([name, payload]) < 2 &&
    loadAnalytics().then(
      ({ startAnalytics }) => startAnalytics(deps(), held, report),
      (error) => report('chunk-load', error),
    );
}
