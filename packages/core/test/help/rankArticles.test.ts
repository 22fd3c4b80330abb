import { describe, expect, it } from 'vitest';
import type { ArticleConfig } from '../../src/config/configTypes';
import { GOOD_MATCH, goodMatches, rankArticles, topicOfQueries } from '../../src/help/rankArticles';

// The demo shop's articles, as its config lists them.
const articles: ArticleConfig[] = [
  { title: 'Choosing a spirit level', url: '/help/levels', topics: ['products'], keywords: ['spirit level', 'laser', 'tripod', 'vial'] },
  { title: 'Delivery', url: '/help/delivery', topics: ['billing', 'orders'], keywords: ['shipping', 'parcel', 'tracking', 'courier'] },
  { title: 'Returns and refunds', url: '/help/returns', topics: ['billing', 'orders', 'account'], keywords: ['return', 'refund', 'label'] },
];
const titles = (queries: string[], topic?: string) => rankArticles(articles, { topic, queries }).map((entry) => entry.article.title);
const good = (queries: string[], topic?: string) => goodMatches(rankArticles(articles, { topic, queries })).map((entry) => entry.article.title);

describe('rankArticles: the articles that answer this struggle, best first', () => {
  it('an exact keyword, in any case, puts its article first and matches well enough', () => {
    expect(titles(['Where is my PARCEL'])[0]).toBe('Delivery');
    expect(good(['Where is my PARCEL'])).toEqual(['Delivery']);
  });

  it('a typo is forgiven the way search-refine forgives it', () => {
    expect(good(['refnud'])).toEqual(['Returns and refunds']);
    expect(good(['tripd for lazer'])[0]).toBe('Choosing a spirit level');
    // A word an article has as it is is not a typo of another: "laser" is not "label".
    expect(good(['laser tripod'])).toEqual(['Choosing a spirit level']);
    // Too far from any word: no match.
    expect(good(['rfndx'])).toEqual([]);
  });

  it('keywords weigh more than the title, and both more than the topic', () => {
    // "returns" is a title word of one article and a keyword ("return") of the same; "delivery" a title word only.
    const ranked = rankArticles(articles, { topic: 'orders', queries: ['delivery returns'] });
    expect(ranked.map((entry) => [entry.article.title, entry.score])).toEqual([
      ['Returns and refunds', 3 + 1],
      ['Delivery', 2 + 1],
      ['Choosing a spirit level', 0],
    ]);
  });

  it('no match: nothing is good enough, and the config order stands', () => {
    expect(good(['gift wrapping'])).toEqual([]);
    expect(titles(['gift wrapping'])).toEqual(articles.map((article) => article.title));
    // Filler words match nothing, not even "and" in a title.
    expect(good(['and for the'])).toEqual([]);
  });

  it('topic only: the page topic orders the list but is not an answer on its own', () => {
    expect(titles([], 'orders')).toEqual(['Delivery', 'Returns and refunds', 'Choosing a spirit level']);
    expect(titles([], 'products')[0]).toBe('Choosing a spirit level');
    expect(rankArticles(articles, { topic: 'products', queries: [] })[0].score).toBeLessThan(GOOD_MATCH);
    expect(good([], 'orders')).toEqual([]);
  });

  it('a title word on the page topic is a good match; the same word elsewhere is not', () => {
    expect(good(['delivery times'], 'billing')).toEqual(['Delivery']);
    expect(good(['delivery times'], 'products')).toEqual([]);
  });

  it('every query of the struggle counts, each word once per article', () => {
    expect(rankArticles(articles, { queries: ['refund', 'refund label'] })[0].score).toBe(6);
  });
});

describe('topicOfQueries: the topic a query points at', () => {
  it('the best-matching article ties the query to its first topic when the page has none', () => {
    expect(topicOfQueries(rankArticles(articles, { queries: ['refund'] }))).toBe('billing');
    expect(topicOfQueries(rankArticles(articles, { queries: ['laser tripod'] }))).toBe('products');
  });

  it("the page's topic wins, whatever the queries match", () => {
    expect(topicOfQueries(rankArticles(articles, { topic: 'account', queries: ['refund'] }), 'account')).toBe('account');
    expect(topicOfQueries(rankArticles(articles, { topic: 'account', queries: ['laser tripod'] }), 'account')).toBe('account');
    expect(topicOfQueries(rankArticles(articles, { topic: 'account', queries: ['gift wrap'] }), 'account')).toBe('account');
    expect(topicOfQueries(rankArticles(articles, { queries: ['gift wrap'] }))).toBeUndefined();
  });
});

describe('live search as the visitor types', () => {
  it('with prefix, a word being typed matches the words it begins', () => {
    expect(good(['deliv'])).toEqual([]);
    const typed = goodMatches(rankArticles(articles, { queries: ['deliv'], prefix: true }));
    expect(typed.map((entry) => entry.article.title)).toEqual([]);
    expect(rankArticles(articles, { queries: ['deliv'], prefix: true })[0]).toMatchObject({ fromQueries: 2, article: { title: 'Delivery' } });
    expect(rankArticles(articles, { queries: ['trac'], prefix: true })[0]).toMatchObject({ fromQueries: 3, article: { title: 'Delivery' } });
  });
});
