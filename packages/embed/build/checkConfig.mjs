// Checks a site owner's config the way heed.js would at run time, and a little more: every
// problem with its JSON path (core's resolveConfig, the same validator the generic heed.js and the
// lazy chunks use), and every selector against a CSS selector parser (in Node there is no browser
// to ask, and validate.ts lets selectors pass outside one).
import { readFileSync } from 'node:fs';
import { resolveConfig } from '@heed/core';
import { selectorProblem } from './cssSelector.mjs';
import { schemaPath } from './plugins.mjs';

/** The paths of the schema's `x-selector` strings: `signals.search.input`, `pages[].x`… */
export function selectorFields(node, path = '', out = []) {
  if (node['x-selector']) out.push(path);
  for (const [key, child] of Object.entries(node.properties || {})) selectorFields(child, path ? `${path}.${key}` : key, out);
  if (node.items) selectorFields(node.items, `${path}[]`, out);
  return out;
}

/** Every value at `path` (`a.b[].c`) in `value`, with its concrete path (`a.b[2].c`). */
function valuesAt(value, path) {
  let found = [{ value, path: '' }];
  for (const step of path.split('.')) {
    const [, key, each] = /^(.+?)(\[\])?$/.exec(step);
    found = found.flatMap(({ value: at, path: where }) => {
      const child = at && typeof at === 'object' ? at[key] : undefined;
      const named = where ? `${where}.${key}` : key;
      if (!each) return child === undefined ? [] : [{ value: child, path: named }];
      return Array.isArray(child) ? child.map((item, i) => ({ value: item, path: `${named}[${i}]` })) : [];
    });
  }
  return found;
}

/**
 * `{ resolved, problems }`: the config with defaults filled in and bad parts replaced (as heed.js
 * would run it), and every problem as `{ path, message }`, in the order found.
 */
export function checkConfig(raw) {
  const { config, problems } = resolveConfig(raw);
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  for (const field of selectorFields(schema)) {
    for (const { value, path } of valuesAt(raw, field)) {
      const problem = typeof value === 'string' ? selectorProblem(value) : undefined;
      if (problem) problems.push({ path, message: `is not a valid CSS selector (${problem})` });
    }
  }
  return { resolved: config, problems };
}
