import type { ConfigProblem } from './validate.js';

/**
 * The scheme of `value` as a browser would follow it, or undefined when it does not parse. Parsed
 * with `URL`, as the browser parses an `href`: case, leading spaces and embedded tabs or newlines
 * (`" JaVa\tScRiPt:"`) cannot hide a scheme from it. Relative URLs resolve against the page
 * (outside a browser, against a placeholder http page, so a config checked in Node agrees).
 */
export function schemeOf(value: string): string | undefined {
  try {
    return new URL(value, typeof location === 'undefined' ? 'http://localhost/' : location.href).protocol;
  } catch {
    return undefined;
  }
}

/**
 * What is wrong with `value` as a link of kind `rule` (the schemes allowed, or 'email': one address
 * that `mailto:` parses as such — no spaces, and no `?`/`#`, which would add headers or a fragment).
 * Anything else (`javascript:`, `data:`, `vbscript:`…) is a config problem, so it is never rendered.
 */
export const linkProblem = (value: string, rule: string[] | 'email'): string | undefined =>
  rule === 'email'
    ? /^[^\s@?#]+@[^\s@?#]+$/.test(value) ? undefined : 'must be an email address'
    : rule.includes(schemeOf(value)!) ? undefined : `must be a ${rule.join(' or ')} URL`;

/**
 * Drops every link in the validated lazy keys that `linkProblem` refuses, reporting each with its
 * path: the field is left out, or the whole entry when the field is required (an article without
 * its URL). `links` comes from the schema (`linkFields` in compileSchema.mjs), `required` says which
 * array entries need which fields. Runs in the lazy chunks only (completeConfig.ts), so heed.js
 * carries none of it. An index in a path counts the entries that passed validation.
 */
export function dropUnsafeLinks(
  config: Record<string, unknown>,
  links: Record<string, string[] | 'email'>,
  required: (key: string) => string[],
  problems: ConfigProblem[],
): void {
  for (const [path, rule] of Object.entries(links)) {
    // `key.field`, `key[].field`, or a field deeper in an object: `chat.settings.baseUrl`.
    const [, key, each, inner = '', field] = /^(\w+)(\[\])?\.((?:\w+\.)*)(\w+)$/.exec(path) || [];
    if (!key || !field) continue;
    const entries = (each ? config[key] : [config[key]]) as Array<Record<string, unknown>>;
    const kept = entries.filter((outer, i) => {
      const entry = inner.split('.').reduce<Record<string, unknown> | undefined>((at, step) => (step && at ? (at[step] as Record<string, unknown> | undefined) : at), outer);
      const value = entry?.[field];
      const problem = typeof value === 'string' ? linkProblem(value, rule) : undefined;
      if (!problem) return true;
      problems.push({ path: `${key}${each ? `[${i}]` : ''}.${inner}${field}`, message: problem });
      delete entry![field];
      return !each || !required(key).includes(field);
    });
    if (each) config[key] = kept;
  }
}
