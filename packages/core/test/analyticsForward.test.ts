import { describe, expect, it } from 'vitest';
import { adapters } from '../src/analytics/adapters';
import { toForward } from '../src/analytics/toForward';

const reasons = [
  { type: 'search-failure', weight: 1, at: 1, detail: { query: 'laser tripod' } },
  { type: 'search-refine', weight: 1, at: 2, detail: { query: 'laser stand', previous: 'laser tripod' } },
  { type: 'rage-click', weight: 1, at: 3, detail: { element: 'button "Pay"' } },
];

describe('toForward', () => {
  it('sends the group, the page, the signal types and the event\'s own fields, never what the visitor typed or touched', () => {
    const event = toForward('offer', { id: 'offer-1', kind: 'articles', topic: 'tools', reasons, group: 'heed' }, '/search', []);
    expect(event).toEqual({
      name: 'heed_offer',
      props: { heed_group: 'heed', heed_page: '/search', heed_signals: 'search-failure,search-refine,rage-click', heed_id: 'offer-1', heed_kind: 'articles', heed_topic: 'tools' },
    });
    expect(JSON.stringify(event)).not.toMatch(/laser|Pay/);
  });

  it('adds queries, element or field names only when `analytics.include` lists them', () => {
    expect(toForward('suppress', { rule: 'holdout', reasons, group: 'holdout' }, '/search', ['query']).props).toMatchObject({ heed_rule: 'holdout', heed_query: 'laser tripod,laser stand' });
    expect(toForward('suppress', { rule: 'holdout', reasons, group: 'holdout' }, '/search', ['element']).props).toEqual({
      heed_group: 'holdout',
      heed_page: '/search',
      heed_signals: 'search-failure,search-refine,rage-click',
      heed_element: 'button "Pay"',
      heed_rule: 'holdout',
    });
  });

  it('names a goal', () => {
    expect(toForward('goal', { name: 'purchase', group: 'holdout' }, '/thanks', [])).toEqual({ name: 'heed_goal', props: { heed_group: 'holdout', heed_page: '/thanks', heed_goal: 'purchase' } });
  });
});

describe('adapters', () => {
  const event = { name: 'heed_goal', props: { heed_group: 'heed', heed_goal: 'purchase' } };

  it('call each tool through its documented API', () => {
    const calls: unknown[] = [];
    const dataLayer: unknown[] = [];
    const _paq: unknown[] = [];
    const tools = {
      dataLayer,
      _paq,
      posthog: { capture: (...args: unknown[]) => calls.push(['posthog', ...args]) },
      analytics: { track: (...args: unknown[]) => calls.push(['segment', ...args]) },
      plausible: (...args: unknown[]) => calls.push(['plausible', ...args]),
    };
    for (const send of Object.values(adapters)) send(event, tools);
    expect(dataLayer).toEqual([{ event: 'heed_goal', heed_group: 'heed', heed_goal: 'purchase' }]);
    expect(_paq).toEqual([['trackEvent', 'Heed', 'heed_goal', JSON.stringify(event.props)]]);
    expect(calls).toEqual([
      ['posthog', 'heed_goal', event.props],
      ['segment', 'heed_goal', event.props],
      ['plausible', 'heed_goal', { props: event.props }],
    ]);
  });

  it('send nothing, create nothing and throw nothing when the tool is not on the page', () => {
    const tools = {};
    for (const send of Object.values(adapters)) expect(() => send(event, tools)).not.toThrow();
    expect(tools).toEqual({});
  });
});

describe('the analytics config', () => {
  it('is off by default, and a tool Heed has no adapter for is reported with its path (heed check, the analytics chunk)', async () => {
    const { resolveConfig } = await import('../src/config/resolveConfig');
    expect(resolveConfig({}).config.analytics).toEqual({ forward: [], include: [] });
    const { config, problems } = resolveConfig({ analytics: { forward: ['gtm', 'hotjar'] as never, include: ['query'] } });
    expect(problems.map((p) => p.path)).toEqual(['analytics.forward[1]']);
    expect(config.analytics.include).toEqual(['query']);
  });
});
