import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '../src/config/resolveConfig';

// The page the config is read on: relative URLs resolve against it.
beforeEach(() => vi.stubGlobal('location', new URL('https://shop.example/orders/42')));
afterEach(() => vi.unstubAllGlobals());

const HOSTILE = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];

describe('URLs in the config', () => {
  it.each(HOSTILE)('drops an article linking to %j, reported with its path', (url) => {
    const { config, problems } = resolveConfig({ articles: [{ title: 'ok', url: '/help/ok' }, { title: 'x', url }] });
    expect(config.articles.map((a) => a.url)).toEqual(['/help/ok']);
    expect(problems).toEqual([{ path: 'articles[1].url', message: 'must be a http: or https: URL' }]);
  });

  it.each(HOSTILE)('drops an articleSearch endpoint at %j, keeping its timeout: the local list answers', (url) => {
    const { config, problems } = resolveConfig({ articleSearch: { url, timeoutMs: 800 } });
    expect(problems).toEqual([{ path: 'articleSearch.url', message: 'must be a http: or https: URL' }]);
    expect(config.articleSearch).toEqual({ timeoutMs: 800 });
  });

  it('keeps a relative articleSearch endpoint with its {query} placeholder, and rejects a timeout out of range', () => {
    const { config, problems } = resolveConfig({ articleSearch: { url: '/help/search.json?q={query}', timeoutMs: 60_000 } });
    expect(config.articleSearch.url).toBe('/help/search.json?q={query}');
    expect(problems.map((p) => p.path)).toEqual(['articleSearch.timeoutMs']);
  });

  it('keeps http, https and page-relative article links', () => {
    const urls = ['https://help.example/a', 'http://help.example/b', '/help/x', 'help/y', '?q=1'];
    const { config, problems } = resolveConfig({ articles: urls.map((url) => ({ title: url, url })) });
    expect(problems).toEqual([]);
    expect(config.articles.map((a) => a.url)).toEqual(urls);
  });

  it.each(HOSTILE)('leaves out a booking link to %j and keeps the expert', (bookingUrl) => {
    const { config, problems } = resolveConfig({ experts: [{ topic: 'billing', name: 'Billing', channels: ['booking', 'email'], bookingUrl, email: 'billing@shop.example' }] });
    expect(problems).toEqual([{ path: 'experts[0].bookingUrl', message: 'must be a http: or https: URL' }]);
    expect(config.experts[0]).toMatchObject({ name: 'Billing', email: 'billing@shop.example' });
    expect(config.experts[0]!.bookingUrl).toBeUndefined();
  });

  it('takes an email address, and nothing else, for the mailto: link', () => {
    const emails = ['javascript:alert(1)', 'a@b.example?bcc=x@y.example', 'two words@b.example', 'https://b.example'];
    const { config, problems } = resolveConfig({ experts: emails.map((email, i) => ({ topic: 't', name: `n${i}`, email })).concat({ topic: 't', name: 'ok', email: 'help@shop.example' }) });
    expect(problems.map((p) => p.path)).toEqual(['experts[0].email', 'experts[1].email', 'experts[2].email', 'experts[3].email']);
    expect(config.experts.map((e) => e.email)).toEqual([undefined, undefined, undefined, undefined, 'help@shop.example']);
  });

  it('does not take mailto: for a web link, nor http for the relay outside ws(s) and http(s)', () => {
    const { problems } = resolveConfig({
      articles: [{ title: 'm', url: 'mailto:help@shop.example' }],
      chat: { provider: 'relay', url: 'javascript:alert(1)' },
    });
    expect(problems.map((p) => p.path)).toEqual(['articles[0].url', 'chat.url']);
    expect(resolveConfig({ chat: { provider: 'relay', url: 'wss://chat.shop.example' } }).problems).toEqual([]);
  });

  it('agrees outside a browser, where relative links resolve against a placeholder page', () => {
    vi.unstubAllGlobals();
    expect(typeof location).toBe('undefined');
    expect(resolveConfig({ articles: [{ title: 'a', url: '/help/a' }] }).problems).toEqual([]);
    expect(resolveConfig({ articles: [{ title: 'a', url: 'javascript:alert(1)' }] }).problems).toHaveLength(1);
  });

  it.each(HOSTILE)('leaves out a chat product base URL of %j and keeps its other settings as written', (baseUrl) => {
    const { config, problems } = resolveConfig({ chat: { provider: 'chatwoot', settings: { websiteToken: 'tok', baseUrl, position: 'left' } } });
    expect(problems).toEqual([{ path: 'chat.settings.baseUrl', message: 'must be a http: or https: URL' }]);
    expect(config.chat).toMatchObject({ provider: 'chatwoot', settings: { websiteToken: 'tok', position: 'left' } });
    expect(config.chat.settings!.baseUrl).toBeUndefined();
  });

  it('keeps a chat product\'s settings as written, of any shape, with its https links', () => {
    const settings = { token: 't', host: 'https://wchat.freshchat.com', config: { headerProperty: { direction: 'ltr' } }, tags: ['a'], open: false };
    const { config, problems } = resolveConfig({ chat: { provider: 'freshchat', load: 'page', settings } });
    expect(problems).toEqual([]);
    expect(config.chat).toMatchObject({ provider: 'freshchat', load: 'page', settings });
  });

  it('refuses chat settings that are not an object and a load it does not know', () => {
    const { config, problems } = resolveConfig({ chat: { provider: 'intercom', load: 'later', settings: 'abc' } as never });
    expect(problems.map((p) => p.path).sort()).toEqual(['chat.load', 'chat.settings']);
    expect(config.chat.settings).toBeUndefined();
    expect(config.chat.load).toBeUndefined();
  });
});
