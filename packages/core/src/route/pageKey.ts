/**
 * The page key of a URL (SPEC §4): its path, plus the hash when the app routes by hash
 * (`#/orders`, `#!/orders`). Plain in-page anchors (`#section`) are the same page.
 */
export function pageKey(url: string | { pathname: string; hash: string }): string {
  const { pathname, hash } = typeof url === 'string' ? new URL(url, 'http://x') : url;
  return /^#!?\//.test(hash) ? pathname + hash : pathname;
}

/**
 * Whether `subject` matches `glob` entirely, by stepping through the glob's tokens (a character,
 * `*` for any run within a segment, `**` for any run at all) with the set of positions reached so
 * far: time grows with glob × subject length, never exponentially, whatever the owner wrote (a
 * regular expression built from `*****…` backtracks for minutes).
 */
function wholeMatch(glob: string, subject: string): boolean {
  const tokens = glob.match(/\*\*?|[^]/gu) || [];
  // on[i]: the first i tokens match what has been read so far. A star may match nothing: from a
  // position before one, the position after it is reached too (forEach runs in order, so chains of stars close).
  const close = (on: boolean[]) => {
    tokens.forEach((token, i) => on[i] && token[0] === '*' && (on[i + 1] = true));
    return on;
  };
  let on = close([true]);
  for (const ch of subject) {
    const next: boolean[] = [];
    tokens.forEach((token, i) => on[i] && (token === '**' || (token === '*' && ch !== '/') ? (next[i] = true) : token === ch && (next[i + 1] = true)));
    on = close(next);
  }
  return !!on[tokens.length];
}

/**
 * Matches a page key against a `pages[].match` glob: `*` within a path segment, `**` across
 * segments. The hash takes part only when the glob contains `#`.
 */
export function globMatch(glob: string, page: string): boolean {
  const subject = glob.includes('#') ? page : page.replace(/#.*$/, '');
  // `/checkout/*` also covers `/checkout` itself and deeper steps like `/checkout/pay/card`.
  return glob.endsWith('/*') ? wholeMatch(glob.slice(0, -2), subject) || wholeMatch(glob + '*', subject) : wholeMatch(glob, subject);
}
