import type { ResolvedConfig } from '@heed/core';
import { safeHref } from './safeHref.js';

/** An article the site's own help search found. */
export interface FoundArticle {
  title: string;
  url: string;
}

const DEFAULT_TIMEOUT_MS = 1500;

/**
 * Asks the site's own help search (`articleSearch.url`, `{query}` replaced) for `query`: a GET
 * without cookies, answered with a JSON array of `{ title, url }`. Resolves `undefined` when there
 * is no usable endpoint, or it fails, answers something else or takes longer than `timeoutMs`:
 * the articles view then shows its local matches. Only http(s) links of the answer are kept.
 */
export async function searchSite(config: ResolvedConfig['articleSearch'] | undefined, query: string): Promise<FoundArticle[] | undefined> {
  const href = config?.url?.includes('{query}') ? safeHref(config.url.replace('{query}', encodeURIComponent(query))) : undefined;
  if (!href) return undefined;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), config!.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    const response = await fetch(href, { credentials: 'omit', signal: abort.signal, headers: { accept: 'application/json' } });
    const found: unknown = response.ok ? await response.json() : undefined;
    if (!Array.isArray(found)) return undefined;
    return found.flatMap((item: Partial<FoundArticle> | null) => {
      const url = typeof item?.title === 'string' ? safeHref(item.url) : undefined;
      return url ? [{ title: item!.title!.slice(0, 200), url }] : [];
    });
  } catch {
    // Offline, blocked by CORS or CSP, timed out, not JSON: the local list answers instead.
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
