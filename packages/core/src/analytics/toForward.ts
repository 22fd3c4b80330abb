import type { AnalyticsConfig } from '../config/configTypes.js';
import type { HeedEvents, SignalEvent } from '../types.js';

/** One event as the site's analytics receives it: a name (`heed_offer`…) and flat, scalar properties. */
export interface Forwarded {
  name: string;
  props: Record<string, string>;
}

/** What the visitor typed or touched, by `analytics.include` name: the signal detail keys holding it. */
const PRIVATE: Record<AnalyticsConfig['include'][number], string[]> = { query: ['query', 'previous'], element: ['element'], field: ['field'] };

const distinct = (values: unknown[]) => [...new Set(values.filter((value) => typeof value === 'string' && value))].join(',');

/**
 * The forwarded form of a Heed event. Every one carries the group and the page; offers and
 * suppressions the signal types that led to them, never their details — a query, an element's or a
 * field's name goes out only when `include` lists it (SPEC §8: nothing the visitor typed leaves the
 * device unless the owner chose so). Properties are flat strings, as Plausible and Matomo need.
 */
export function toForward(name: keyof HeedEvents, payload: Record<string, unknown>, page: string, include: AnalyticsConfig['include']): Forwarded {
  const props: Record<string, string> = { heed_group: String(payload.group), heed_page: page };
  const reasons = (payload.reasons as SignalEvent[] | undefined) || [];
  if (reasons.length) props.heed_signals = distinct(reasons.map((signal) => signal.type));
  for (const wanted of include) {
    const values = distinct(reasons.flatMap((signal) => PRIVATE[wanted].map((key) => signal.detail[key])));
    if (values) props[`heed_${wanted}`] = values;
  }
  // The few fields each event adds: what kind of offer, which rule, how it ended, which goal.
  for (const key of ['kind', 'topic', 'rule', 'how', 'channel', 'id']) if (typeof payload[key] === 'string') props[`heed_${key}`] = payload[key] as string;
  if (name === 'goal') props.heed_goal = String(payload.name);
  return { name: `heed_${name}`, props };
}
