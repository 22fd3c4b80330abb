import { describe, expect, it } from 'vitest';
import * as core from '@heed/core';
import * as internal from '@heed/core/internal';

// The public runtime surface of @heed/core, through its package entry as an app imports it. A new
// export is a promise to site owners: adding one here is meant to be a deliberate change, reviewed
// with the README's API section. What only Heed's own packages need goes to @heed/core/internal.
describe('@heed/core public exports', () => {
  it('are the documented API and the detector plugin shape, nothing else', () => {
    expect(Object.keys(core).sort()).toEqual(['builtInDetectors', 'createHeed', 'defineDetector', 'resolveConfig']);
  });

  it('do not include what the internal entry is for', () => {
    const leaked = Object.keys(internal).filter((name) => name in core);
    expect(leaked).toEqual([]);
  });
});
