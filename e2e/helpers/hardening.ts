import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Generated hostile input for the hardening suite (e2e/tests/hardening-*.spec.ts): configs built
 * from the published schema with every path given a wrong value, and the XSS payloads. Generated,
 * not hand-picked, so a key added to the schema is fuzzed without anyone remembering to.
 */

type Schema = { type?: string; properties?: Record<string, Schema>; items?: Schema; enum?: unknown[]; required?: string[] };
type Path = Array<string | number>;

const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../packages/core/schema/heed.schema.json', import.meta.url)), 'utf8')) as Schema;

/** Every path of the schema (array items as index 0), with the schema at it. */
export function schemaPaths(node: Schema = schema, path: Path = []): Array<{ path: Path; node: Schema }> {
  const here = path.length ? [{ path, node }] : [];
  if (node.properties) return [...here, ...Object.entries(node.properties).flatMap(([key, child]) => schemaPaths(child, [...path, key]))];
  if (node.items) return [...here, ...schemaPaths(node.items, [...path, 0])];
  return here;
}

/** A value of the right shape for `node`, so that a wrong value deeper down is reached. */
function validValue(node: Schema): unknown {
  if (node.enum) return node.enum[0];
  if (node.type === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of node.required || []) out[key] = validValue(node.properties![key]);
    return out;
  }
  if (node.type === 'array') return node.items ? [validValue(node.items)] : [];
  return { string: '/x', number: 1, integer: 1, boolean: true }[node.type || 'string'];
}

/** `config` with `value` at `path`, every container on the way valid. */
export function configWith(path: Path, value: unknown, node: Schema = schema): Record<string, unknown> {
  return build(node, path, value) as Record<string, unknown>;
}

function build(node: Schema, path: Path, value: unknown): unknown {
  if (!path.length) return value;
  const [key, ...rest] = path;
  if (typeof key === 'number') return [build(node.items!, rest, value)];
  const out = (validValue(node) || {}) as Record<string, unknown>;
  out[key] = build(node.properties![key], rest, value);
  return out;
}

/** Own `__proto__` / `constructor` keys, as JSON.parse makes them (an object literal would set the prototype). */
const protoKeys = () => JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"toString":1}');
const deep = (depth: number) => JSON.parse('{"a":'.repeat(depth) + '1' + '}'.repeat(depth));

/** Wrong values, cycled over the paths: wrong types, extremes, prototype keys, long strings, deep nesting. */
export const wrongValues = (): unknown[] => [42, 'x', true, null, [], {}, -1e308, '', 'A'.repeat(100_000), protoKeys(), deep(2000), [[[[[]]]]], 1e21, NaN];

export interface BadConfig {
  name: string;
  config: unknown;
}

/** Every schema path × a wrong value (cycled), every path at once per wrong value, and the pathological shapes. */
export function badConfigs(): BadConfig[] {
  const paths = schemaPaths();
  const values = wrongValues();
  const cases: BadConfig[] = paths.map(({ path }, i) => ({ name: `${path.join('.')} = ${label(values[i % values.length])}`, config: configWith(path, values[i % values.length]) }));
  values.forEach((value, v) => {
    const all = paths.filter(({ path }) => path.length === 1).reduce<Record<string, unknown>>((config, { path }) => ({ ...config, [path[0]]: value }), {});
    cases.push({ name: `every top-level key = ${label(value)}`, config: all });
    cases.push({ name: `every path, value ${v}`, config: Object.assign({}, ...paths.map(({ path }, i) => configWith(path, values[(i + v) % values.length]))) });
  });
  cases.push(
    { name: '10,000 page rules', config: { pages: Array.from({ length: 10_000 }, (_, i) => ({ match: `/p${i}/*`, dwellSeconds: 5 })) } },
    { name: '10,000 page rules with a bad match', config: { pages: Array.from({ length: 10_000 }, () => ({ match: 42 })) } },
    { name: 'a glob of 1,000 stars', config: { pages: [{ match: '*'.repeat(1000) }] } },
    { name: 'globs of alternating stars and letters', config: { pages: Array.from({ length: 50 }, (_, i) => ({ match: '*a'.repeat(100 + i) })) } },
    { name: '10,000 articles', config: { articles: Array.from({ length: 10_000 }, (_, i) => ({ title: `Article ${i}`, url: `/a/${i}`, keywords: ['x'] })) } },
    { name: 'prototype keys everywhere', config: Object.assign(protoKeys(), { signals: protoKeys(), policy: protoKeys(), pages: [Object.assign(protoKeys(), { match: '/x' })] }) },
    { name: 'the config is an array', config: [1, 2, 3] },
    { name: 'the config is a string', config: 'config' },
    { name: 'the config is null', config: null },
    { name: 'invalid selectors', config: { signals: { search: { input: '[[[', results: ':::', empty: '#' } } } },
  );
  return cases;
}

const label = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 30 ? `${text.slice(0, 27)}…` : text;
};

/** Marks `window.__xss` if it ever runs. */
export const XSS = {
  html: '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>',
  urls: ['javascript:window.__xss=1', ' JaVaScRiPt:window.__xss=1', 'java\tscript:window.__xss=1', 'data:text/html,<script>parent.__xss=1</script>', 'vbscript:msgbox(1)'],
};

/** A config with the XSS payload in every string the schema allows and hostile links wherever a URL goes. */
export function xssConfigs(): BadConfig[] {
  return XSS.urls.map((url, i) => ({
    name: `payloads in every string, links ${label(url)}`,
    config: {
      pages: [{ match: '/**', topic: XSS.html }],
      ui: { label: XSS.html.slice(0, 40), title: XSS.html },
      articles: [{ title: XSS.html, url, topics: [XSS.html], keywords: [XSS.html] }],
      experts: [{ name: XSS.html, topic: XSS.html, channels: ['email', 'booking', 'chat'], email: `${XSS.html}@x.example`, bookingUrl: url, hours: XSS.html, timeZone: XSS.html }],
      chat: { provider: 'relay', url: i % 2 ? url : 'ws://127.0.0.1:1', hours: XSS.html },
    },
  }));
}
