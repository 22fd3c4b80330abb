import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/resolveConfig';
import { globMatch } from '../src/route/pageKey';

describe('globs match without backtracking, whatever the owner wrote', () => {
  // A regular expression built from these took minutes (28 stars: 2.3 s, 40: 98 s on a 16-character
  // path); stepping through the glob settles them at once, so these would time out before.
  it.each([
    ['*'.repeat(1000) + 'x', '/aaaaaaaaaaaaaaa!', false],
    ['/' + '*'.repeat(40) + 'x', '/aaaaaaaaaaaaaaa!', false],
    ['/' + 'a*'.repeat(200) + 'b', '/' + 'a'.repeat(300), false],
    ['**'.repeat(120) + 'x', '/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p', false],
    ['/' + '*'.repeat(255), '/anything', true],
    ['/' + '*a'.repeat(100), '/' + 'a'.repeat(100), true],
  ])('%#: %s', (glob, page, expected) => {
    expect(globMatch(glob, page)).toBe(expected);
  });

  it('keeps the documented meaning of *, ** and a trailing /*', () => {
    expect(globMatch('/a/*/c', '/a/b/c')).toBe(true);
    expect(globMatch('/a/*/c', '/a/b/x/c')).toBe(false);
    expect(globMatch('/a/**/c', '/a/b/x/c')).toBe(true);
    expect(globMatch('/a/**', '/a/')).toBe(true);
    expect(globMatch('/shop/*', '/shop')).toBe(true);
    expect(globMatch('/shop/*', '/shop/')).toBe(true);
    expect(globMatch('/shop/*', '/shopping')).toBe(false);
    expect(globMatch('/p/*.html', '/p/a.b.html')).toBe(true);
    expect(globMatch('/p/(x)+[y]', '/p/(x)+[y]')).toBe(true);
    expect(globMatch('', '')).toBe(true);
    expect(globMatch('', '/')).toBe(false);
  });
});

describe('glob length cap and half-valid rules', () => {
  it('a pages[].match over 256 characters is reported with its path and its rule dropped', () => {
    const { config, problems } = resolveConfig({ pages: [{ match: '/' + '*'.repeat(1000), proactive: false }, { match: '/ok/*' }] });
    expect(problems).toEqual([{ path: 'pages[0].match', message: 'must be at most 256 characters long' }]);
    expect(config.pages).toEqual([{ match: '/ok/*', proactive: true }]);
  });

  it('a pages[].match that is not a string drops its rule instead of keeping one without a match', () => {
    const { config, problems } = resolveConfig({ pages: [{ match: 42 }] });
    expect(problems).toEqual([{ path: 'pages[0].match', message: 'expected string, got number' }]);
    expect(config.pages).toEqual([]);
  });

  it.each([['signals.helpSeek.patterns', { helpSeek: { patterns: ['/help/*', 'x'.repeat(300)] } }], ['signals.pogoStick.listPages', { pogoStick: { listPages: ['/c/*', 'x'.repeat(300)] } }]])(
    '%s: a glob over 256 characters is reported and left out',
    (path, signals) => {
      const { config, problems } = resolveConfig({ signals });
      expect(problems).toEqual([{ path: `${path}[1]`, message: 'must be at most 256 characters long' }]);
      const list = path.endsWith('patterns') ? config.signals.helpSeek.patterns : config.signals.pogoStick.listPages;
      expect(list).toHaveLength(1);
    },
  );
});
