/**
 * The page key of a URL (SPEC §4): its path, plus the hash when the app routes by hash
 * (`#/orders`, `#!/orders`). Plain in-page anchors (`#section`) are the same page.
 */
export function pageKey(url: string | { pathname: string; hash: string }): string {
  const { pathname, hash } = typeof url === 'string' ? new URL(url, 'http://x') : url;
  return /^#!?\//.test(hash) ? pathname + hash : pathname;
}

/**
 * Matches a page key against a `pages[].match` glob: `*` within a path segment, `**` across
 * segments. The hash takes part only when the glob contains `#`.
 */
export function globMatch(glob: string, page: string): boolean {
  const subject = glob.includes('#') ? page : page.replace(/#.*$/, '');
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*') {
      const double = glob[i + 1] === '*';
      pattern += double ? '.*' : '[^/]*';
      if (double) i++;
    } else {
      pattern += ch.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  // `/checkout/*` also covers `/checkout` itself and deeper steps like `/checkout/pay/card`.
  if (glob.endsWith('/*')) pattern = pattern.slice(0, -6) + '(/.*)?';
  return new RegExp(`^${pattern}$`).test(subject);
}
