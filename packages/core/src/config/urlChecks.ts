import type { StringCheck } from './validate.js';

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
 * Checks of the URL leaf types that compileSchema.mjs makes from the schema's `x-url` (`u`: a URL
 * whose scheme is in the leaf's list) and `x-email` (`m`: an address Heed links as `mailto:`).
 * Anything else (`javascript:`, `data:`, `vbscript:`…) is a config problem, so it is never rendered.
 */
export const urlChecks: Record<string, StringCheck> = {
  u: (value, [, , schemes]) => ((schemes as string[]).includes(schemeOf(value)!) ? undefined : `must be a ${(schemes as string[]).join(' or ')} URL`),
  // One address, which `mailto:` always parses as: no spaces, and no `?`/`#`, which would add headers
  // or a fragment to the link.
  m: (value) => (/^[^\s@?#]+@[^\s@?#]+$/.test(value) ? undefined : 'must be an email address'),
};
