import type { SignalEvent } from '@heed/core';

const str = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value).trim().replace(/\s+/g, ' ').slice(0, 80) : '');
const times = (n: number) => (n < 2 ? '' : n === 2 ? ' twice' : ` ${n} times`);
const quote = (text: string) => `'${text}'`;

/**
 * Turns the signal events behind the visitor's need into one short sentence for people:
 * "you searched for 'laser tripod' twice with no results on /search". The visitor sees exactly
 * this before choosing to share it with the agent. `here` (the current page) stands in for
 * events that do not name their page.
 */
export function summarize(reasons: SignalEvent[], here: string): string {
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
    const key = `${type}|${page}|${query}|${what}|${field}`;
    if (type === 'search-failure')
      add(key, (n) => (query ? `you searched for ${quote(query)}${times(n)} with no results` : `searches returned no results${times(n)}`));
    else if (type === 'search-refine') add(key, () => `you changed your search${query ? ` to ${quote(query)}` : ''}`);
    else if (type === 'back-nav') add(`${type}|${page}`, (n) => `you went back${times(n)}`);
    else if (type === 'pogo-stick') add(type, () => 'you went back and forth between results and items');
    else if (type === 'rage-click') add(key, (n) => `you clicked ${what ? quote(what) : 'the same spot'} repeatedly${times(n)}`);
    else if (type === 'dead-click') add(key, (n) => `you clicked ${what ? quote(what) : 'something'} and nothing happened${times(n)}`);
    else if (type === 'error-click') add(key, (n) => `an error happened after you clicked${what ? ` ${quote(what)}` : ''}${times(n)}`);
    else if (type === 'form-error') add(key, () => `the ${field ? `${quote(field)} field` : 'form'} was not accepted`);
    else if (type === 'dwell') add(key, () => 'you spent a while');
    else if (type === 'help-seek') add(type, () => 'you looked through our help pages');
    else if (type.startsWith('custom:')) add(key, (n) => `${str(detail.label) || type.slice(7).replace(/[-_]+/g, ' ')}${times(n)}`);
  }
  const list = [...groups.values()].slice(0, 5);
  // "on /page" once for a run of phrases about the same page.
  const phrases = list.map(({ phrase, page, n }, i) => phrase(n) + (page && page !== list[i + 1]?.page ? ` on ${page}` : ''));
  const last = phrases.pop();
  return (phrases.length ? `${phrases.join(', ')} and ${last}` : last || '').slice(0, 2000);
}
