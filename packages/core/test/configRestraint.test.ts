// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/resolveConfig';

describe('an invalid restraint setting falls back to the restrained choice', () => {
  it.each([['no'], [0], [null], ['false'], [{}]])('pages[].proactive: %j silences the page and is reported with its path', (proactive) => {
    const { config, problems } = resolveConfig({ pages: [{ match: '/blog/*', proactive }] });
    expect(config.pages).toEqual([{ match: '/blog/*', proactive: false }]);
    expect(problems).toEqual([{ path: 'pages[0].proactive', message: 'expected boolean, got ' + (proactive === null ? 'null' : typeof proactive === 'object' ? 'object' : typeof proactive) }]);
  });

  it('a valid proactive is kept, and a rule without one still offers', () => {
    const { config, problems } = resolveConfig({ pages: [{ match: '/a', proactive: true }, { match: '/b' }, { match: '/c', proactive: false }] });
    expect(problems).toEqual([]);
    expect(config.pages.map((rule) => rule.proactive)).toEqual([true, true, false]);
  });

  it.each([
    ['maxOffersPerPage', 'one', 1],
    ['maxOffersPerPage', -1, 1],
    ['maxOffersPerPage', null, 1],
    ['maxOffersPerPage', 0.5, 1],
    ['maxOffersPerSession', 'unlimited', 2],
    ['maxOffersPerSession', -5, 2],
    ['maxOffersPerWeek', [], 3],
    ['maxOffersPerWeek', Infinity, 3],
    ['minActiveSeconds', '15', 15],
    ['minActiveSeconds', -1, 15],
    ['minActiveSeconds', false, 15],
    ['quietDaysAfterRepeatDismiss', 'forever', 30],
  ])('policy.%s: %j falls back to its default %j, never to 0 or unlimited', (key, value, fallback) => {
    const { config, problems } = resolveConfig({ policy: { [key]: value } });
    expect(config.policy[key as keyof typeof config.policy]).toBe(fallback);
    expect(problems.map((problem) => problem.path)).toEqual([`policy.${key}`]);
  });

  it('a policy that is not an object keeps every default', () => {
    const { config, problems } = resolveConfig({ policy: 'strict' });
    expect(config.policy).toEqual(resolveConfig({}).config.policy);
    expect(problems.map((problem) => problem.path)).toEqual(['policy']);
  });
});

describe('CSS selectors are checked when the config is read', () => {
  it.each([
    ['input', '#search['],
    ['results', '[[['],
    ['empty', '.no-results:has('],
  ])('signals.search.%s: %j is reported once with its path and falls back to the default', (key, selector) => {
    const { config, problems } = resolveConfig({ signals: { search: { [key]: selector } } });
    expect(problems).toEqual([{ path: `signals.search.${key}`, message: 'is not a valid CSS selector' }]);
    expect(config.signals.search[key as 'input' | 'results' | 'empty']).toBe(resolveConfig({}).config.signals.search[key as 'input']);
  });

  it('valid selectors, :has() and lists included, are kept', () => {
    const search = { input: 'header input[type=search], #q', results: '#results > ol', empty: '#results:has(.empty), .no-results' };
    const { config, problems } = resolveConfig({ signals: { search } });
    expect(problems).toEqual([]);
    expect(config.signals.search).toMatchObject(search);
  });

  it('a selector that is not a string is reported as a type problem', () => {
    const { config, problems } = resolveConfig({ signals: { search: { input: 42 } } });
    expect(problems).toEqual([{ path: 'signals.search.input', message: 'expected string, got number' }]);
    expect(config.signals.search.input).toBe('input[type=search], input[name=q]');
  });
});
