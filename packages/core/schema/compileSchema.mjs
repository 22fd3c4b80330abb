// Compiles heed.schema.json into the compact spec that the script-tag entry validates with
// (see src/config/validate.ts for the format). Runs at build time in rollup.config.mjs and at
// test time in vitest, so the schema stays the single source of truth.

/** @param {any} node @returns {any} */
export function compileSchema(node) {
  // An open object (`additionalProperties: true`, such as a chat product's own settings) is kept as
  // written once it is an object: its `properties` only document keys and carry link checks (`x-url`).
  if (node.additionalProperties === true) return node.default === undefined ? ['o'] : ['o', node.default];
  if (node.properties || node.additionalProperties) {
    /** @type {Record<string, any>} */
    const out = {};
    for (const [key, child] of Object.entries(node.properties || {})) {
      out[key] = compileSchema(child);
      // A restraint setting's value when the given one is invalid: the restrained choice, not the default.
      if (child['x-fallback'] !== undefined) (out['?'] ||= {})[key] = child['x-fallback'];
    }
    if (node.required) out['!'] = node.required;
    if (node.additionalProperties && node.additionalProperties !== true) out['*'] = compileSchema(node.additionalProperties);
    if (node.default !== undefined) out['='] = node.default;
    return out;
  }
  if (node.enum) return ['e', node.default, node.enum];
  if (node.type === 'array') return node.maxItems ? ['a', node.default, compileSchema(node.items), node.maxItems] : ['a', node.default, node.items ? compileSchema(node.items) : 0];
  // `c`: a string that must parse as a CSS selector.
  const type = node['x-selector'] ? 'c' : { string: 's', number: 'n', integer: 'i', boolean: 'b' }[node.type];
  if (!type) throw new Error(`compileSchema: unsupported node ${JSON.stringify(node)}`);
  const [low, high] = type === 's' || type === 'c' ? [node.minLength, node.maxLength] : [node.minimum, node.maximum];
  const spec = [type, node.default, low, high];
  while (spec.length > 1 && spec[spec.length - 1] === undefined) spec.pop();
  return spec;
}

/**
 * Keys that only lazily loaded parts read (the policy, panel, chat and debug chunks): heed.js checks
 * their shape only and keeps them as written; the chunk that first needs them validates them in full
 * (src/config/completeConfig.ts). New keys for those parts go here, so the entry does not grow with them.
 *
 * A key is a top-level key (`'articles'`) or a dotted path into an object of the config
 * (`'policy.maxOffersPerPage'`, `'ui.strings'`): the whole subtree at that path is lazy. "Shape" is
 * the kind of value: an object (a map such as `ui.strings` included) or an array is kept as written
 * if it is one; a leaf has its type checked (a number, an integer, a string, a boolean) but not its
 * bounds or enum, nor whether a selector parses. A value of the wrong kind is reported by heed.js at
 * load, anything else by the chunk; either way once. A lazy key must not be read by heed.js beyond that shape (`chat.load` is, as written), nor
 * carry an `x-fallback` (its restrained choice would need the entry's validator).
 * The per-site build (packages/embed/build/siteBuild.mjs) leaves these keys out of heed.js entirely.
 */
export const LAZY_KEYS = [
  // Read by editors only: heed.js has no use for it, a chunk checks that it is a string.
  '$schema',
  'articles',
  'articleSearch',
  'experts',
  'chat',
  // Read by the policy chunk only; heed.js itself reads policy.sessionMinutes (`state().quiet`).
  'policy.minActiveSeconds',
  'policy.maxOffersPerPage',
  'policy.maxOffersPerSession',
  'policy.maxOffersPerWeek',
  'policy.quietDaysAfterRepeatDismiss',
  'policy.ignoreSeconds',
  // The panel's title; heed.js reads ui.label, position, accent and zIndex for the tab.
  'ui.title',
  // The visitor's language: heed.js reads it as written to choose the tab's word (i18n/tabLabels.ts,
  // any value that is not a language tag names none), the panel chunk checks it (i18n/loadStrings.ts).
  'ui.locale',
  // The owner's words: read by the panel chunk only.
  'ui.strings',
  // Forwarding to the site's analytics: validated by the analytics chunk (packages/core/src/analytics/);
  // heed.js reads only whether `forward` has entries, so the per-site build keeps it in (siteBuild.mjs).
  'analytics',
];

/**
 * Lazy keys that one chunk alone reads: their full spec goes to `own` (splitOwn), not to the
 * lazy specs every chunk's completeConfig carries, so the policy, panel and debug chunks do not pay
 * for them. `analytics`: the analytics chunk validates it (core/src/analytics/startAnalytics.ts).
 */
export const OWN_KEYS = ['analytics'];

/**
 * The lazy specs by path without OWN_KEYS (`lazy`), and those keys' specs (`own`). `parents`
 * (splitSpec's) gains OWN_KEYS as known keys: completeConfig, which does not validate them, must not
 * report them as unknown either.
 * @param {Record<string, any>} specs @param {Record<string, string[]>} parents
 * @returns {{ lazy: Record<string, any>, own: Record<string, any>, parents: Record<string, string[]> }}
 */
export function splitOwn(specs, parents) {
  const lazy = { ...specs };
  /** @type {Record<string, any>} */
  const own = {};
  const known = { ...parents };
  for (const key of OWN_KEYS) {
    own[key] = lazy[key];
    delete lazy[key];
    const steps = key.split('.');
    const last = /** @type {string} */ (steps.pop());
    const at = steps.join('.');
    known[at] = [...(known[at] || []), last];
  }
  return { lazy, own, parents: known };
}

/**
 * Splits a compiled spec into what heed.js validates (`entry`) and the lazy keys' full specs by
 * path (`lazy`: `{ articles: …, 'ui.title': … }`). In `entry` a lazy key is not named at all: an
 * object holding one takes any other key as written (`'*': ['*']`), and `parents` lists, by that
 * object's path, the keys heed.js does know, so that the first chunk can report the rest as
 * unknown (completeConfig.ts). Naming the 14 lazy keys and their shapes cost heed.js 0.1 KB.
 * The compiled spec itself is not changed.
 * @param {any} spec @param {string[]} [keys] @returns {{ entry: any, lazy: Record<string, any>, parents: Record<string, string[]> }}
 */
export function splitSpec(spec, keys = LAZY_KEYS) {
  const entry = { ...spec };
  /** @type {Record<string, any>} */
  const lazy = {};
  /** @type {Record<string, any>} */
  const holders = {};
  for (const path of keys) {
    const steps = path.split('.');
    const last = /** @type {string} */ (steps.pop());
    // Copy each object on the way down, so that only the entry's spec loses the subtree.
    let parent = entry;
    for (const step of steps) parent = parent[step] = { ...parent[step] };
    if (!parent[last]) throw new Error(`LAZY_KEYS: ${path} is not in the schema`);
    if (parent['?']?.[last] !== undefined) throw new Error(`LAZY_KEYS: ${path} has an x-fallback; a lazy key cannot`);
    if (parent['*'] && parent['*'][0] !== '*') throw new Error(`LAZY_KEYS: ${path} is in an object that has a spec for any key`);
    lazy[path] = parent[last];
    delete parent[last];
    parent['*'] = ['*'];
    holders[steps.join('.')] = parent;
  }
  /** @type {Record<string, string[]>} */
  const parents = {};
  for (const [path, holder] of Object.entries(holders)) parents[path] = Object.keys(holder).filter((key) => !(key.length === 1 && '!*=?'.includes(key)));
  return { entry, lazy, parents };
}

/**
 * The fields holding links, from the schema's `x-url` (the schemes allowed) and `x-email` (an
 * address linked as `mailto:`), by path: `{ 'articles[].url': ['http:', 'https:'], 'experts[].email': 'email', … }`.
 * Only lazy keys hold links, so only lazy chunks check them (src/config/urlChecks.ts).
 * @param {any} node @param {string} [path] @param {Record<string, string[] | 'email'>} [out]
 */
export function linkFields(node, path = '', out = {}) {
  if (node['x-url']) out[path] = node['x-url'];
  if (node['x-email']) out[path] = 'email';
  for (const [key, child] of Object.entries(node.properties || {})) linkFields(child, path ? `${path}.${key}` : key, out);
  if (node.items) linkFields(node.items, `${path}[]`, out);
  return out;
}
