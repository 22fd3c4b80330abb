import type { SignalEvent } from '@heed/core';
import type { StringKey } from '../i18n/en.js';
import type { Say } from '../i18n/say.js';

const str = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value).trim().replace(/\s+/g, ' ').slice(0, 80) : '');

/**
 * Turns the signal events behind the visitor's need into one short sentence for people, in the
 * visitor's language: "you searched for 'laser tripod' twice with no results on /search". The
 * visitor sees exactly this before choosing to share it with the agent. `here` (the current page)
 * stands in for events that do not name their page.
 */
export function summarize(reasons: SignalEvent[], here: string, say: Say): string {
  const quote = (text: string) => say('sumQuote', { text });
  const groups = new Map<string, { phrase: (n: number) => string; page: string; n: number }>();
  for (const { type, detail = {} } of reasons) {
    const page = str(detail.page) || here;
    const what = str(detail.element) || str(detail.label) || str(detail.target);
    const query = str(detail.query);
    const field = str(detail.field);
    const add = (key: string, phrase: (n: number) => string) => {
      const group = groups.get(key);
      if (group) group.n++;
      else groups.set(key, { phrase, page, n: 1 });
    };
    // A phrase said once, or with how often ("twice", "3 times") as the locale counts.
    const counted = (id: StringKey, vars: Record<string, string> = {}) => (n: number) => say.count(id, n, vars);
    const key = `${type}|${page}|${query}|${what}|${field}`;
    if (type === 'search-failure') add(key, query ? counted('sumSearchedQuery', { query: quote(query) }) : counted('sumSearched'));
    else if (type === 'search-refine') add(key, () => (query ? say('sumRefinedTo', { query: quote(query) }) : say('sumRefined')));
    else if (type === 'back-nav') add(`${type}|${page}`, counted('sumBack'));
    else if (type === 'pogo-stick') add(type, () => say('sumPogo'));
    else if (type === 'rage-click') add(key, counted('sumRage', { what: what ? quote(what) : say('sumSameSpot') }));
    else if (type === 'dead-click') add(key, counted('sumDead', { what: what ? quote(what) : say('sumSomething') }));
    else if (type === 'error-click') add(key, what ? counted('sumErrorClick', { what: quote(what) }) : counted('sumErrorAny'));
    else if (type === 'form-error') add(key, () => (field ? say('sumFieldRejected', { field: quote(field) }) : say('sumFormRejected')));
    else if (type === 'dwell') add(key, () => say('sumDwell'));
    else if (type === 'help-seek') add(type, () => say('sumHelpPages'));
    else if (type.startsWith('custom:')) add(key, counted('sumCustom', { what: str(detail.label) || type.slice(7).replace(/[-_]+/g, ' ') }));
  }
  const list = [...groups.values()].slice(0, 5);
  // "on /page" once for a run of phrases about the same page.
  const phrases = list.map(({ phrase, page, n }, i) => (page && page !== list[i + 1]?.page ? say('sumOnPage', { phrase: phrase(n), page }) : phrase(n)));
  return (phrases.length ? say.list(phrases, 'and') : '').slice(0, 2000);
}
