import type { HeedInternals } from '@heed/core/internal';
import { safeHref } from './safeHref.js';

/** The site's help articles. The home view links here only when there are some. */
export function ArticlesView({ internals }: { internals: HeedInternals }) {
  // An article whose link is not http(s) is left out: a title that leads nowhere is no help.
  const articles = internals.config().articles.flatMap((article) => {
    const href = safeHref(article.url);
    return href ? [{ title: article.title, href }] : [];
  });
  if (!articles.length) return <p class="muted">There are no help articles on this site yet.</p>;
  return (
    <section aria-label="Help articles">
      <ul>
        {articles.map((article) => (
          <li key={article.href}>
            <a href={article.href}>{article.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
