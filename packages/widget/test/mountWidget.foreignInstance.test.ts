// @vitest-environment happy-dom
import type { Heed } from '@heed/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWidget } from '../src/mountWidget';

afterEach(() => vi.restoreAllMocks());

// An app whose bundle holds two copies of @heed/core hands the widget an instance made by the
// other copy: the widget must say so, not throw into the page (issue #11, the npm route).
describe('mountWidget with an instance it has no internals for', () => {
  it('reports it once on the console, mounts nothing and returns a harmless unmount', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const foreign = { on: () => () => {}, ready: Promise.resolve() } as unknown as Heed;
    let unmount: (() => void) | undefined;
    expect(() => (unmount = mountWidget(foreign))).not.toThrow();
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]?.[0])).toMatch(/@heed\/widget.*second copy/);
    expect(document.querySelector('heed-help')).toBeNull();
    expect(() => unmount?.()).not.toThrow();
  });
});
