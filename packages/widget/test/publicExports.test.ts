import { describe, expect, it } from 'vitest';
import * as widget from '@heed/widget';

// The public runtime surface of @heed/widget, through its package entry: a new export is a
// deliberate change (see packages/core/test/publicExports.test.ts).
describe('@heed/widget public exports', () => {
  it('are mountWidget only', () => {
    expect(Object.keys(widget).sort()).toEqual(['mountWidget']);
  });
});
