/**
 * URLs of a relay endpoint derived from `chat.url` (`ws://127.0.0.1:8787`, or a base path behind
 * a proxy such as `wss://example.com/chat`): the visitor socket `…/visitor` and the HTTP
 * endpoints (`…/presence`) on the matching `http(s)` scheme.
 */
export function relayUrl(base: string, path: '/visitor' | '/presence', scheme: 'ws' | 'http'): string {
  const url = new URL(base, typeof location === 'undefined' ? 'http://127.0.0.1/' : location.href);
  const secure = /^(wss|https):$/.test(url.protocol);
  url.protocol = scheme === 'ws' ? (secure ? 'wss:' : 'ws:') : secure ? 'https:' : 'http:';
  url.pathname = url.pathname.replace(/\/(visitor)?\/?$/, '') + path;
  url.search = url.hash = '';
  return url.href;
}
