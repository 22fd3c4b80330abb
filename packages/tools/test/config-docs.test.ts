import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { configReference } from '../config-docs.mjs';

const row = (schema: object, key: string) => (configReference(schema) as string).split('\n').find((line) => line.startsWith(`| \`${key}\` |`));

describe('config reference generator', () => {
  it('names the values an array item may take (experts[].channels)', () => {
    const schema = {
      properties: {
        experts: {
          type: 'array',
          items: { type: 'object', required: ['topic'], properties: { channels: { type: 'array', items: { type: 'string', enum: ['chat', 'email'] }, default: ['chat'] } } },
        },
      },
    };
    expect(row(schema, 'experts[].channels')).toBe('| `experts[].channels` | array of `"chat"` \\| `"email"` | `["chat"]` |  |');
    expect(row(schema, 'experts')).toContain('Each entry needs topic.');
  });

  it('keeps plain arrays and enums as they were', () => {
    const schema = { properties: { tags: { type: 'array', items: { type: 'string' } }, mode: { enum: ['a', 'b'], default: 'a' } } };
    expect(row(schema, 'tags')).toBe('| `tags` | string[] |  |  |');
    expect(row(schema, 'mode')).toBe('| `mode` | `"a"` \\| `"b"` | `"a"` |  |');
  });
});
