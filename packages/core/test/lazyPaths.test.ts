import { describe, expect, it } from 'vitest';
import { compileSchema, splitSpec } from '../schema/compileSchema.mjs';
import { completeConfig } from '../src/config/completeConfig';
import { resolveConfig, resolveEntryConfig } from '../src/config/resolveConfig';
import { explain } from '../src/config/explainProblems';
import { validate, type ConfigProblem, type RawProblem } from '../src/config/validate';

// LAZY_KEYS may name a path inside an object (`policy.maxOffersPerPage`, `ui.title`, and the
// coming `ui.strings`): heed.js checks only its shape, the chunk that reads it the rest, once.

describe('dotted lazy keys', () => {
  it('heed.js keeps an out-of-bounds policy value as written; the chunk reports it once and restores the default', () => {
    const raw = { policy: { maxOffersPerPage: -1, sessionMinutes: 0 } };
    const { config, problems } = resolveEntryConfig(raw);
    // sessionMinutes is read by heed.js itself, so it is checked at load.
    expect(problems).toEqual([{ path: 'policy.sessionMinutes', message: 'must be at least 1' }]);
    expect(config.policy.maxOffersPerPage).toBe(-1);
    const seen: ConfigProblem[] = [];
    completeConfig(config, (problem) => seen.push(problem));
    completeConfig(config, (problem) => seen.push(problem));
    expect(seen).toEqual([{ path: 'policy.maxOffersPerPage', message: 'must be at least 0' }]);
    expect(config.policy).toMatchObject({ maxOffersPerPage: 1, maxOffersPerSession: 2, sessionMinutes: 30 });
  });

  it('a value of the wrong kind passes heed.js as written; the chunk reports it once', () => {
    const { config, problems } = resolveEntryConfig({ policy: { ignoreSeconds: 'soon' }, ui: { title: 3 } });
    expect(problems).toEqual([]);
    const seen: ConfigProblem[] = [];
    completeConfig(config, (problem) => seen.push(problem));
    completeConfig(config, (problem) => seen.push(problem));
    expect(seen.map((p) => [p.path, p.message])).toEqual([
      ['policy.ignoreSeconds', 'expected number, got string'],
      ['ui.title', 'expected string, got number'],
    ]);
    expect(config.policy.ignoreSeconds).toBe(20);
    // No default since issue 15 (unset: the visitor's language); the bad value is dropped, not kept.
    expect(config.ui.title).toBeUndefined();
  });

  it('resolveConfig (and so `heed check`) still reports every problem', () => {
    expect(resolveConfig({ policy: { maxOffersPerWeek: 1.5, minActiveSeconds: -3 } }).problems.map((p) => p.path)).toEqual(['policy.minActiveSeconds', 'policy.maxOffersPerWeek']);
  });

  it('a free-form map at a dotted path (ui.strings) passes the entry as written and is validated in full lazily', () => {
    const schema = {
      type: 'object',
      additionalProperties: false,
      properties: {
        ui: {
          type: 'object',
          additionalProperties: false,
          properties: {
            label: { type: 'string', default: 'Help' },
            strings: { type: 'object', additionalProperties: { type: 'string', maxLength: 5 }, default: {} },
            locale: { type: 'string', enum: ['en', 'de'], default: 'en' },
          },
        },
      },
    };
    type Spec = { ui: Record<string, unknown> };
    const compiled = compileSchema(schema) as unknown as Spec;
    const split = splitSpec(compiled as never, ['ui.strings', 'ui.locale']);
    const entry = split.entry as unknown as Spec;
    const { lazy, parents } = split;
    // Not named in the entry: its object takes any key as written, and the chunk knows which heed.js knew.
    expect(entry.ui.strings).toBeUndefined();
    expect(entry.ui.locale).toBeUndefined();
    expect(entry.ui['*']).toEqual(['*']);
    expect(parents).toEqual({ ui: ['label'] });
    expect(entry.ui.label).toEqual(compiled.ui.label);
    // The compiled spec is left whole.
    expect(compiled.ui.strings).toEqual(lazy['ui.strings']);
    const raw = { ui: { strings: { close: 'Schließen' }, locale: 'fr' } };
    const atLoad: RawProblem[] = [];
    const config = validate(split.entry, raw, atLoad) as { ui: { strings: Record<string, string>; locale: string } };
    expect(atLoad).toEqual([]);
    expect(config.ui.strings).toEqual({ close: 'Schließen' });
    const later: RawProblem[] = [];
    expect(validate(lazy['ui.strings'], config.ui.strings, later, () => ['ui', 'strings'])).toEqual({});
    expect(validate(lazy['ui.locale'], config.ui.locale, later, () => ['ui', 'locale'], 'en')).toBe('en');
    expect(explain(later).map((p) => p.path)).toEqual(['ui.strings.close', 'ui.locale']);
  });

  it('refuses a path the schema does not have, and a key with an x-fallback', () => {
    const compiled = compileSchema({ type: 'object', properties: { pages: { type: 'object', properties: { proactive: { type: 'boolean', default: true, 'x-fallback': false } } } } });
    expect(() => splitSpec(compiled, ['ui.nothing'])).toThrow(/not in the schema/);
    expect(() => splitSpec(compiled, ['pages.proactive'])).toThrow(/x-fallback/);
  });
});
