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
 * Top-level keys that only lazily loaded parts read (the policy, panel, chat and debug chunks):
 * heed.js checks their shape only and keeps them as written; the chunk that first needs them
 * validates them in full (src/config/completeConfig.ts). New keys for those parts go here, so the
 * entry does not grow with them.
 */
export const LAZY_KEYS = ['articles', 'articleSearch', 'experts', 'chat'];

/**
 * Splits a compiled spec into what heed.js validates (`entry`, where each lazy key becomes
 * `['a', default]` or `['o', default]`: an array or object kept as written) and the lazy keys' full specs (`lazy`).
 * @param {any} spec @returns {{ entry: any, lazy: Record<string, any> }}
 */
export function splitSpec(spec) {
  const entry = { ...spec };
  /** @type {Record<string, any>} */
  const lazy = {};
  /** @param {any} node @returns {any} */
  const defaults = (node) => {
    if (Array.isArray(node)) return node[1];
    /** @type {Record<string, any>} */
    const out = { ...(node['='] || {}) };
    for (const [key, child] of Object.entries(node)) if (!(key.length === 1 && '!*=?'.includes(key)) && defaults(child) !== undefined) out[key] = defaults(child);
    return out;
  };
  for (const key of LAZY_KEYS) {
    lazy[key] = spec[key];
    const fallback = defaults(spec[key]);
    entry[key] = [Array.isArray(fallback) ? 'a' : 'o', fallback];
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
