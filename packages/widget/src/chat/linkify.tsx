import type { ComponentChildren } from 'preact';

const CANDIDATE = /\b(?:https?:\/\/|mailto:|tel:)[^\s<>"']+/gi;
const ALLOWED = /^(https?:|mailto:|tel:)$/;

/** Trailing punctuation belongs to the sentence, not the link; a `)` stays when the link opened one. */
const trim = (url: string): string => {
  for (;;) {
    const last = url.at(-1) || '';
    if (/[.,;:!?'"\]}]/.test(last) || (last === ')' && url.split('(').length < url.split(')').length)) url = url.slice(0, -1);
    else return url;
  }
};

/**
 * Message text as Preact nodes, with `http(s)`, `mailto:` and `tel:` links made clickable. Text
 * stays text (no HTML is parsed), and any other scheme (`javascript:`, `data:`…) is never a link.
 */
export function linkify(text: string): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  let done = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const url = trim(match[0]);
    let href: URL | undefined;
    try {
      href = new URL(url);
    } catch {
      href = undefined;
    }
    if (!href || !ALLOWED.test(href.protocol) || url.length < href.protocol.length + 2) continue;
    const start = match.index!;
    out.push(text.slice(done, start));
    const web = href.protocol !== 'mailto:' && href.protocol !== 'tel:';
    out.push(
      <a href={href.href} {...(web && { target: '_blank', rel: 'noopener noreferrer nofollow' })}>
        {url}
      </a>,
    );
    done = start + url.length;
  }
  out.push(text.slice(done));
  return out;
}
