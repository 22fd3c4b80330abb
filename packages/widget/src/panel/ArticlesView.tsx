import type { HeedInternals } from '@heed/core/internal';

/** The site's help articles. The home view links here only when there are some. */
export function ArticlesView({ internals }: { internals: HeedInternals }) {
  const { articles } = internals.config();
  if (!articles.length) return <p class="muted">There are no help articles on this site yet.</p>;
  return (
    <section aria-label="Help articles">
      <ul>
        {articles.map((article) => (
          <li key={article.url}>
            <a href={article.url}>{article.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
