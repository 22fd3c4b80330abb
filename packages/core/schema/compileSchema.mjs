// Compiles heed.schema.json into the compact spec that the script-tag entry validates with
// (see src/config/validate.ts for the format). Runs at build time in rollup.config.mjs and at
// test time in vitest, so the schema stays the single source of truth.

/** @param {any} node @returns {any} */
export function compileSchema(node) {
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
  if (node.type === 'array') return ['a', node.default, node.items ? compileSchema(node.items) : 0];
  // `c`: a string that must parse as a CSS selector.
  const type = node['x-selector'] ? 'c' : { string: 's', number: 'n', integer: 'i', boolean: 'b' }[node.type];
  if (!type) throw new Error(`compileSchema: unsupported node ${JSON.stringify(node)}`);
  const [low, high] = type === 's' || type === 'c' ? [node.minLength, node.maxLength] : [node.minimum, node.maximum];
  const spec = [type, node.default, low, high];
  while (spec.length > 1 && spec[spec.length - 1] === undefined) spec.pop();
  return spec;
}
