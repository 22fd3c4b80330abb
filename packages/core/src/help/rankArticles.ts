import type { ArticleConfig } from '../config/configTypes.js';
import type { NeedState } from '../types.js';
import { tokenize, withinEdits } from '../detectors/shared/queryOverlap.js';

/** An article with how well it answers this struggle. */
export interface RankedArticle {
  article: ArticleConfig;
  /** Points from the queries (keywords 3, title 2 per query word) and the page topic (1). */
  score: number;
  /** Points from the queries alone: what ties a query to the article's topics. */
  fromQueries: number;
}

/** What the visitor is struggling with: the page's topic and the queries that failed or were refined. */
export interface Struggle {
  topic?: string;
  queries: string[];
  /** A word being typed matches the words it begins, too (the articles view's live search). */
  prefix?: boolean;
}

/** The queries of a struggle: those that found nothing and those the visitor refined. */
export const queriesOf = (need: NeedState): string[] =>
  need.reasons.flatMap((signal) => {
    const query = signal.detail?.query;
    return (signal.type === 'search-failure' || signal.type === 'search-refine') && typeof query === 'string' ? [query] : [];
  });

/**
 * A score at which an article "matches well enough" to lead an offer: one keyword, or a title
 * word on the page's topic. The topic alone (1) only orders the list: every article on
 * "billing" is not an answer to "where is my parcel".
 */
export const GOOD_MATCH = 3;

const KEYWORD = 3;
const TITLE = 2;
const TOPIC = 1;

// Words that say nothing about what the visitor wants; "for" would also typo-match "fork".
const FILLER = new Set(['the', 'and', 'for', 'with', 'how', 'what', 'can', 'you', 'your', 'does', 'not', 'from']);

// The same word, typos allowed exactly as search-refine allows them (queryOverlap.ts): within
// edit distance 1 when either is 4 letters or fewer, else 2. Kept out of queryOverlap.ts, which is in heed.js.
const sameWord = (a: string, b: string) => withinEdits(a, b, Math.min(a.length, b.length) <= 4 ? 1 : 2);

const words = (texts: string[]) => texts.flatMap(tokenize);
const queryWords = (queries: string[]) => [...new Set(words(queries))].filter((word) => word.length > 2 && !FILLER.has(word));

/**
 * Points for one query word: the best place it matches, once per article, typos allowed like
 * search-refine. A word that some article has as it is is no typo, so only that article counts
 * it: "laser" (a keyword of the levels guide) must not count as "label" for the returns article.
 */
function pointsFor(word: string, known: boolean, keywords: string[], title: string[], prefix?: boolean): number {
  if (known && !keywords.includes(word) && !title.includes(word)) return 0;
  const same = (other: string) => sameWord(word, other) || (!!prefix && other.startsWith(word));
  return keywords.some(same) ? KEYWORD : title.some(same) ? TITLE : 0;
}

/**
 * The articles ranked for this struggle, best first; equal scores keep the config's order. Every
 * article is in the list: the articles view shows the rest after the matches. All on the device.
 */
export function rankArticles(articles: readonly ArticleConfig[], { topic, queries, prefix }: Struggle): RankedArticle[] {
  const asked = queryWords(queries);
  const indexed = articles.map((article) => ({ article, keywords: words(article.keywords || []), title: tokenize(article.title) }));
  const vocabulary = new Set(indexed.flatMap(({ keywords, title }) => [...keywords, ...title]));
  return indexed
    .map(({ article, keywords, title }) => {
      const fromQueries = asked.reduce((sum, word) => sum + pointsFor(word, vocabulary.has(word), keywords, title, prefix), 0);
      const onTopic = topic !== undefined && (article.topics || []).includes(topic);
      return { article, fromQueries, score: fromQueries + (onTopic ? TOPIC : 0) };
    })
    .sort((a, b) => b.score - a.score);
}

/** The ranked articles that match well enough to be offered. */
export const goodMatches = (ranked: RankedArticle[]): RankedArticle[] => ranked.filter((entry) => entry.score >= GOOD_MATCH);

/**
 * The struggle's topic: the page's, else the one the queries point at — the first topic of the
 * article they match best ties a query to a topic (and so to a team).
 */
export function topicOfQueries(ranked: RankedArticle[], pageTopic?: string): string | undefined {
  if (pageTopic !== undefined) return pageTopic;
  const best = [...ranked].sort((a, b) => b.fromQueries - a.fromQueries)[0];
  return best && best.fromQueries >= GOOD_MATCH ? best.article.topics?.[0] : undefined;
}
