import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { refreshReadme } from '../../tools/config-docs.mjs';
import schema from '../schema/heed.schema.json';

describe('README config reference', () => {
  it('is generated from the current schema (run `pnpm docs` after changing the schema)', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    expect(refreshReadme(readme, schema)).toBe(readme);
  });
});
