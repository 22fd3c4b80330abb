import { resolveConfig } from '@heed/core';
import { describe, expect, it } from 'vitest';
import { configSelectors, describeCheck } from '../src/debug/selectors.js';

describe('configSelectors', () => {
  it('lists the search selectors the owner set, and the default search box', () => {
    const { config } = resolveConfig({ signals: { search: { input: '#q', results: '#results', empty: '.no-results' } } });
    expect(configSelectors(config)).toEqual([
      { path: 'signals.search.input', selector: '#q' },
      { path: 'signals.search.results', selector: '#results' },
      { path: 'signals.search.empty', selector: '.no-results' },
    ]);
    expect(configSelectors(resolveConfig({}).config).map((s) => s.path)).toEqual(['signals.search.input']);
  });

  it('finds any other key named …selector, wherever it is', () => {
    const config = { ...resolveConfig({}).config, extra: [{ buttonSelector: '#buy' }] } as unknown as Parameters<typeof configSelectors>[0];
    expect(configSelectors(config)).toContainEqual({ path: 'extra[0].buttonSelector', selector: '#buy' });
  });
});

describe('describeCheck', () => {
  it('says plainly whether a selector matches', () => {
    expect(describeCheck({ path: 'signals.search.empty', selector: '.none', matches: 0 })).toBe('signals.search.empty .none → matches nothing on this page');
    expect(describeCheck({ path: 'signals.search.input', selector: '#q', matches: 1 })).toBe('signals.search.input #q → matches 1');
    expect(describeCheck({ path: 'signals.search.input', selector: '#q[', matches: 'invalid' })).toBe('signals.search.input #q[ → not a valid selector');
  });
});
