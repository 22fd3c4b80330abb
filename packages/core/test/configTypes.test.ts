import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import schema from '../schema/heed.schema.json';

// The schema is the source of truth for config keys; configTypes.ts declares them for TypeScript
// by hand. A key added to one and not the other is a silent drift: this test names it.
const types = readFileSync(new URL('../src/config/configTypes.ts', import.meta.url), 'utf8');
const declared = (key: string) => new RegExp(`(^|[\\s{;])(${key}|'${key}'|"${key}")\\??:`, 'm').test(types);

type Node = { properties?: Record<string, Node>; items?: Node; anyOf?: Node[]; oneOf?: Node[] };
function schemaKeys(node: Node, path: string, out: string[]): string[] {
  for (const [key, child] of Object.entries(node.properties || {})) {
    const here = path ? `${path}.${key}` : key;
    out.push(here);
    schemaKeys(child, here, out);
    if (child.items) schemaKeys(child.items, `${here}[]`, out);
  }
  return out;
}

describe('config types', () => {
  it('declare every key of the schema', () => {
    const keys = schemaKeys(schema as Node, '', []).filter((path) => path !== '$schema');
    expect(keys.length).toBeGreaterThan(50);
    expect(keys.filter((path) => !declared(path.split('.').pop()!.replace('[]', '')))).toEqual([]);
  });
});
