import type { SignalEvent } from '@heed/core';
import { describe, expect, it } from 'vitest';
import { summarize as summarizeIn } from '../src/chat/summary.js';
import { englishSay } from '../src/i18n/english.js';

const summarize = (reasons: SignalEvent[], here: string) => summarizeIn(reasons, here, englishSay());

const at = 1_700_000_000_000;
const event = (type: string, detail: Record<string, unknown> = {}): SignalEvent =>
  ({ type, weight: 1, at, detail }) as SignalEvent;

describe('the summary the visitor is shown before sharing it', () => {
  it('is empty without reasons', () => {
    expect(summarize([], '/orders')).toBe('');
  });

  it('counts repeats of the same failed search and names the page once', () => {
    const failed = event('search-failure', { query: 'refund label', page: '/orders' });
    expect(summarize([failed, failed], '/elsewhere')).toBe("you searched for 'refund label' twice with no results on /orders");
    expect(summarize([failed, failed, failed], '/elsewhere')).toBe(
      "you searched for 'refund label' 3 times with no results on /orders",
    );
  });

  it('uses the current page for events that do not name theirs', () => {
    expect(summarize([event('rage-click', { element: 'Apply coupon' })], '/checkout')).toBe(
      "you clicked 'Apply coupon' repeatedly on /checkout",
    );
  });

  it('joins different signals with commas and "and", naming a page once per run of it', () => {
    const text = summarize(
      [
        event('search-failure', { query: 'tripod' }),
        event('search-refine', { query: 'laser tripod' }),
        event('dead-click', { element: 'Next', page: '/cart' }),
      ],
      '/search',
    );
    expect(text).toBe("you searched for 'tripod' with no results, you changed your search to 'laser tripod' on /search and you clicked 'Next' and nothing happened on /cart");
  });

  it('describes site signals by their label or name and ignores unknown types', () => {
    expect(summarize([event('custom:coupon_rejected')], '/cart')).toBe('coupon rejected on /cart');
    expect(summarize([event('custom:x', { label: 'the coupon was refused' })], '/cart')).toBe('the coupon was refused on /cart');
    expect(summarize([event('no-such-signal')], '/cart')).toBe('');
  });

  it('keeps at most five phrases, and detail text short and on one line', () => {
    const many = ['a', 'b', 'c', 'd', 'e', 'f'].map((query) => event('search-failure', { query }));
    expect(summarize(many, '/s').match(/you searched/g)).toHaveLength(5);
    const long = summarize([event('search-failure', { query: `  two\n  lines ${'x'.repeat(200)}` })], '/s');
    expect(long).toContain("'two lines x");
    expect(long.match(/'([^']*)'/)![1]).toHaveLength(80);
  });
});
