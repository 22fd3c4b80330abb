import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import schema from '../schema/heed.schema.json';
import { resolveConfig } from '../src/config/resolveConfig';

describe('the published schema', () => {
  it('is a valid JSON Schema (draft 2020-12) that accepts the SPEC §7 example', () => {
    const ajv = new Ajv2020({ strict: false });
    const validateWithAjv = ajv.compile(schema);
    const example = {
      signals: { search: { input: '#q', results: '#results', empty: '.no-results' } },
      pages: [{ match: '/checkout/*', topic: 'billing', dwellSeconds: 60 }, { match: '/blog/*', proactive: false }],
      policy: { minActiveSeconds: 15, maxOffersPerPage: 1, maxOffersPerSession: 2 },
      chat: { provider: 'relay', url: 'ws://127.0.0.1:8787' },
    };
    expect(validateWithAjv(example)).toBe(true);
    expect(resolveConfig(example).problems).toEqual([]);
  });

  it('documents every property', () => {
    const missing: string[] = [];
    const walk = (node: Record<string, unknown>, path: string) => {
      const props = node.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [key, child] of Object.entries(props || {})) {
        const here = path ? `${path}.${key}` : key;
        const leafOfDocumentedGroup = path.split('.').length >= 2 && !child.properties;
        if (!child.description && !leafOfDocumentedGroup && child.type !== 'object') missing.push(here);
        walk(child, here);
        if (child.items) walk(child.items as Record<string, unknown>, `${here}[]`);
      }
    };
    walk(schema as Record<string, unknown>, '');
    expect(missing.filter((p) => !p.includes('[]'))).toEqual([]);
  });
});

describe('resolveConfig', () => {
  it('fills every default for an empty config', () => {
    const { config, problems } = resolveConfig({});
    expect(problems).toEqual([]);
    expect(config.policy).toEqual({
      minActiveSeconds: 15,
      maxOffersPerPage: 1,
      maxOffersPerSession: 2,
      maxOffersPerWeek: 3,
      quietDaysAfterRepeatDismiss: 30,
      ignoreSeconds: 20,
      sessionMinutes: 30,
      holdout: 0,
    });
    expect(config.signals.halfLifeSeconds).toBe(60);
    expect(config.signals.search.param).toBe('q');
    // No label or title by default: the widget says them in the visitor's language.
    expect(config.ui).toMatchObject({ position: 'right' });
    expect(config.ui.label).toBeUndefined();
    expect(config.ui.title).toBeUndefined();
    expect(config.pages).toEqual([]);
    expect(config.privacy.storage).toBe('indexeddb');
    expect(config.debug).toBe(false);
  });

  it('keeps good values and merges partial weight maps with the defaults', () => {
    const { config, problems } = resolveConfig({ signals: { weights: { dwell: 3, 'custom:cart-error': 2.5 } }, ui: { label: 'Ask us' } });
    expect(problems).toEqual([]);
    expect(config.signals.weights.dwell).toBe(3);
    expect(config.signals.weights['custom:cart-error']).toBe(2.5);
    expect(config.signals.weights['search-failure']).toBe(2);
    expect(config.ui.label).toBe('Ask us');
  });

  it.each([
    [{ policy: { maxOffersPerPage: 'one' } }, 'policy.maxOffersPerPage', 'expected integer, got string', (c: ReturnType<typeof resolveConfig>['config']) => c.policy.maxOffersPerPage === 1],
    [{ policy: { maxOffersPerPage: 1.5 } }, 'policy.maxOffersPerPage', 'expected integer, got number', (c: ReturnType<typeof resolveConfig>['config']) => c.policy.maxOffersPerPage === 1],
    [{ policy: { minActiveSeconds: -1 } }, 'policy.minActiveSeconds', 'must be at least 0', (c: ReturnType<typeof resolveConfig>['config']) => c.policy.minActiveSeconds === 15],
    [{ ui: { position: 'top' } }, 'ui.position', 'expected one of right, left, bottom', (c: ReturnType<typeof resolveConfig>['config']) => c.ui.position === 'right'],
    [{ ui: { label: '' } }, 'ui.label', 'must be at least 1 characters long', (c: ReturnType<typeof resolveConfig>['config']) => c.ui.label === undefined],
    [{ debug: 'yes' }, 'debug', 'expected boolean, got string', (c: ReturnType<typeof resolveConfig>['config']) => c.debug === false],
    [{ pages: { match: '/x' } }, 'pages', 'expected array, got object', (c: ReturnType<typeof resolveConfig>['config']) => c.pages.length === 0],
    [{ pages: [{ proactive: false }, { match: '/ok/*' }] }, 'pages[0].match', 'required; entry ignored', (c: ReturnType<typeof resolveConfig>['config']) => c.pages.length === 1 && c.pages[0].match === '/ok/*'],
    // An entry with a bad value is dropped whole (issue #16), never kept half-valid.
    [{ pages: [{ match: '/a', dwellSeconds: 'long' }, { match: '/b' }] }, 'pages[0].dwellSeconds', 'expected number, got string', (c: ReturnType<typeof resolveConfig>['config']) => c.pages.length === 1 && c.pages[0].match === '/b'],
    // …except where the restrained choice takes the bad value's place: the rule still silences its pages.
    [{ pages: [{ match: '/a', proactive: 'no' }] }, 'pages[0].proactive', 'expected boolean, got string', (c: ReturnType<typeof resolveConfig>['config']) => c.pages.length === 1 && c.pages[0].proactive === false],
    [{ articles: [{ title: 'A', url: '/a', keywords: 'x' }, { title: 'B', url: '/b' }] }, 'articles[0].keywords', 'expected array, got string', (c: ReturnType<typeof resolveConfig>['config']) => c.articles.length === 1 && c.articles[0].title === 'B'],
    [{ pages: Array.from({ length: 1001 }, (_, i) => ({ match: `/p${i}` })) }, 'pages', 'must be at most 1000 entries', (c: ReturnType<typeof resolveConfig>['config']) => c.pages.length === 0],
    [{ signals: { weights: { 'search-failure': 'heavy' } } }, 'signals.weights["search-failure"]', 'expected number, got string', (c: ReturnType<typeof resolveConfig>['config']) => c.signals.weights['search-failure'] === 2],
    [{ signals: { search: { inptu: '#q' } } }, 'signals.search.inptu', 'unknown key; ignored', (c: ReturnType<typeof resolveConfig>['config']) => !('inptu' in c.signals.search)],
    [{ chat: null }, 'chat', 'expected object, got null', (c: ReturnType<typeof resolveConfig>['config']) => c.chat.provider === 'none'],
    [{ policy: { ignoreSeconds: Infinity } }, 'policy.ignoreSeconds', 'must be finite', (c: ReturnType<typeof resolveConfig>['config']) => c.policy.ignoreSeconds === 20],
  ])('reports %j at its path and falls back', (raw, path, message, check) => {
    const { config, problems } = resolveConfig(raw);
    expect(problems).toEqual([{ path, message }]);
    expect(check(config)).toBe(true);
  });

  it('reports a config that is not an object once, at the root', () => {
    const { config, problems } = resolveConfig(['not', 'an', 'object']);
    expect(problems).toEqual([{ path: '(root)', message: 'expected object, got array' }]);
    expect(config.ui.position).toBe('right');
  });

  it('reports every problem, not only the first: heed.js\'s keys in the order of the file, then the lazy keys (LAZY_KEYS), then keys nobody knows', () => {
    const { problems } = resolveConfig({ ui: { label: 1, position: 2 }, extra: 1, policy: { maxOffersPerWeek: -1 } });
    expect(problems.map((p) => p.path)).toEqual(['ui.label', 'ui.position', 'policy.maxOffersPerWeek', 'extra']);
  });

  it('treats keys named like Object.prototype members as unknown keys', () => {
    const { config, problems } = resolveConfig(JSON.parse('{"constructor":1,"ui":{"toString":"x","label":"Aide"}}'));
    expect(problems).toEqual([
      { path: 'constructor', message: 'unknown key; ignored' },
      { path: 'ui.toString', message: 'unknown key; ignored' },
    ]);
    expect(config.ui.label).toBe('Aide');
  });

  it('drops a page rule that is not an object, with one problem at its path', () => {
    const { config, problems } = resolveConfig({ pages: ['/checkout/*', { match: '/help/*', proactive: false }] });
    expect(problems).toEqual([{ path: 'pages[0]', message: 'expected object, got string' }]);
    expect(config.pages).toEqual([expect.objectContaining({ match: '/help/*', proactive: false })]);
  });

  it('gives each call its own defaults: changing one resolved config leaves the next untouched', () => {
    const first = resolveConfig({}).config;
    first.ui.position = 'left';
    first.pages.push({ match: '/x' } as never);
    const second = resolveConfig({ policy: { maxOffersPerWeek: 2 } }).config;
    expect(second.ui.position).toBe('right');
    expect(second.pages).toEqual(resolveConfig({}).config.pages);
  });
});
