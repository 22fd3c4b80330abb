import type { ArticleConfig } from '@heed/core';
import { globMatch, goodMatches, pageKey, queriesOf, rankArticles, type HeedInternals, type RankedArticle } from '@heed/core/internal';
import type { NeedState } from '@heed/core';
import { useEffect, useState } from 'preact/hooks';
import { safeHref } from './safeHref.js';
import { searchSite, type FoundArticle } from './siteSearch.js';
import { useSay } from '../i18n/context.js';

export interface ArticlesViewProps {
  internals: HeedInternals;
  /** The need as it is now: its failed and refined queries pick the matches. */
  need(): NeedState;
}

/** A typed word counts once it matches a title word (2 points) or a keyword (3), typos allowed. */
const FOUND = 2;
/** The site's own search is asked once typing pauses this long, not at every key. */
const PAUSE_MS = 250;

const found = (articles: FoundArticle[]): RankedArticle[] => articles.map((article) => ({ article: { ...article, topics: [], keywords: [] }, score: 0, fromQueries: 0 }));

const List = ({ label, entries }: { label?: string; entries: RankedArticle[] }) => (
  <section aria-label={label}>
    {label && <h3>{label}</h3>}
    <ul>
      {entries.map(({ article }) => (
        <li key={article.url}>
          <a href={article.url}>{article.title}</a>
        </li>
      ))}
    </ul>
  </section>
);

/**
 * The site's help articles: those that match this struggle (the page's topic, the queries that
 * failed) first, then the rest; and a search box over them, all on the device. The home view
 * links here only when there are some.
 */
export function ArticlesView({ internals, need }: ArticlesViewProps) {
  const { articles: configured, pages, articleSearch } = internals.config();
  const say = useSay();
  const [typed, setTyped] = useState('');
  // The site's own help search's answer for a query (undefined: it failed, the local list answers).
  const [remote, setRemote] = useState<{ query: string; found?: FoundArticle[] }>();
  const query = typed.trim();
  useEffect(() => {
    if (!query || !articleSearch?.url) return;
    let current = true;
    const timer = setTimeout(() => void searchSite(articleSearch, query).then((answer) => current && setRemote({ query, found: answer })), PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);
  // An article whose link is not http(s) is left out: a title that leads nowhere is no help.
  const articles = configured.flatMap((article): ArticleConfig[] => {
    const url = safeHref(article.url);
    return url ? [{ ...article, url }] : [];
  });
  if (!articles.length) return <p class="muted">{say('noArticles')}</p>;

  const topic = pages.find((rule) => globMatch(rule.match, pageKey(location)))?.topic;
  let lists: Array<[string | undefined, RankedArticle[]]>;
  let status = '';
  if (query) {
    // Until the site's search answers (or if it cannot), the local list does.
    const site = remote?.query === query && remote.found;
    const matches = site ? found(site) : rankArticles(articles, { topic, queries: [query], prefix: true }).filter((entry) => entry.fromQueries >= FOUND);
    lists = matches.length ? [[undefined, matches]] : [];
    status = matches.length ? say.count('articlesFound', matches.length) : say('noArticleMatch');
  } else {
    const ranked = rankArticles(articles, { topic, queries: queriesOf(need()) });
    const matches = goodMatches(ranked);
    lists = matches.length ? [[say('bestMatches'), matches], [say('moreArticles'), ranked.filter((entry) => !matches.includes(entry))]] : [[undefined, ranked]];
  }
  return (
    <section aria-label={say('articlesTitle')} class="articles">
      <label for="heed-article-search">{say('searchArticles')}</label>
      <input
        id="heed-article-search"
        type="search"
        autocomplete="off"
        aria-describedby="heed-article-count"
        value={typed}
        onInput={(event) => setTyped((event.target as HTMLInputElement).value)}
      />
      <p id="heed-article-count" class="muted" role="status">
        {status}
      </p>
      {lists.map(([label, entries]) => entries.length > 0 && <List key={label || 'all'} label={label} entries={entries} />)}
    </section>
  );
}
