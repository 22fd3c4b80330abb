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
  // What the tab keeps clear of: read by the panel chunk only (panel/keepTabClear.ts).
  'ui.avoid',
  // The visitor's language and the owner's words: read by the panel chunk only (i18n/loadStrings.ts).
  'ui.locale',
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
 * The lazy specs by path without OWN_KEYS (`lazy`), and those keys' specs (`own`).
 * @param {Record<string, any>} specs @returns {{ lazy: Record<string, any>, own: Record<string, any> }}
 */
export function splitOwn(specs) {
  const lazy = { ...specs };
  /** @type {Record<string, any>} */
  const own = {};
  for (const key of OWN_KEYS) {
    own[key] = lazy[key];
    delete lazy[key];
  }
  return { lazy, own };
}

/** The defaults a compiled spec gives, or undefined. @param {any} node @returns {any} */
const defaults = (node) => {
  if (Array.isArray(node)) return node[1];
  /** @type {Record<string, any>} */
  const out = { ...(node['='] || {}) };
  for (const [key, child] of Object.entries(node)) if (!(key.length === 1 && '!*=?'.includes(key)) && defaults(child) !== undefined) out[key] = defaults(child);
  return out;
};

/**
 * What heed.js checks of a lazy key: `['o', default]` for an object, `['a', default]` for an array
 * (both kept as written, validate.ts), the leaf's type alone for a leaf (an enum or a selector is a
 * string there). Only a top-level key keeps its default in the entry (heed.js reads `chat` as
 * written); one deeper is not read there at all, so its default would be bytes for nothing: the
 * chunk fills it in (completeConfig.ts). @param {any} spec @param {boolean} nested @returns {any}
 */
const shapeOf = (spec, nested) => {
  const fallback = nested ? undefined : defaults(spec);
  if (!Array.isArray(spec) || spec[0] === 'a') return fallback === undefined ? [spec[0] === 'a' ? 'a' : 'o'] : [Array.isArray(fallback) ? 'a' : 'o', fallback];
  const type = spec[0] === 'e' ? { string: 's', number: 'n', boolean: 'b' }[typeof spec[2][0]] : spec[0] === 'c' ? 's' : spec[0];
  return fallback === undefined ? [type] : [type, fallback];
};

/**
 * Splits a compiled spec into what heed.js validates (`entry`, where each lazy key becomes its
 * shape, see shapeOf) and the lazy keys' full specs by path (`lazy`: `{ articles: …, 'ui.title': … }`).
 * The compiled spec itself is not changed. @param {any} spec @param {string[]} [keys] @returns {{ entry: any, lazy: Record<string, any> }}
 */
export function splitSpec(spec, keys = LAZY_KEYS) {
  const entry = { ...spec };
  /** @type {Record<string, any>} */
  const lazy = {};
  for (const path of keys) {
    const steps = path.split('.');
    const last = /** @type {string} */ (steps.pop());
    // Copy each object on the way down, so that only the entry's spec loses the subtree.
    let parent = entry;
    for (const step of steps) parent = parent[step] = { ...parent[step] };
    if (!parent[last]) throw new Error(`LAZY_KEYS: ${path} is not in the schema`);
    if (parent['?']?.[last] !== undefined) throw new Error(`LAZY_KEYS: ${path} has an x-fallback; a lazy key cannot`);
    lazy[path] = parent[last];
    parent[last] = shapeOf(parent[last], steps.length > 0);
  }
  return { entry, lazy };
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
