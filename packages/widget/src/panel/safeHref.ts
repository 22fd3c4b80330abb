import { linkProblem } from '@heed/core/internal';

const WEB = ['http:', 'https:'];

/**
 * The link to render for a URL from the config, or undefined when it must not be a link. The
 * config check (core's urlChecks) already drops other schemes with a `config-invalid` report; this
 * is the last line at render time, so a URL that slipped past it (a config changed after the
 * check, a future field) can never run script. Parsed as the browser parses an `href`, against the
 * document's base, and rendered as parsed, so what was checked is what is followed.
 */
export function safeHref(url: string | undefined, schemes: readonly string[] = WEB): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url, document.baseURI);
    return schemes.includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The `mailto:` link for an email address from the config (one address, as the config check defines it), or undefined. */
export const mailtoHref = (email: string | undefined): string | undefined =>
  typeof email === 'string' && !linkProblem(email, 'email') ? safeHref(`mailto:${email}`, ['mailto:']) : undefined;
