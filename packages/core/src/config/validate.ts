/**
 * Config validation. The JSON Schema is compiled at build time (schema/compileSchema.mjs) into a
 * compact spec, so the script-tag entry carries no schema documentation:
 * - an object node is `{ key: spec, '!': required keys, '*': spec of other keys, '=': default,
 *   '?': { key: value used when the given one is invalid } }` (restraint settings fall back to
 *   the restrained choice, not to their default: `pages[].proactive` to false);
 * - a leaf is `[type, default, low, high]` with type `s` string, `c` CSS selector (a string that
 *   must parse), `n` number, `i` integer, `b` boolean (low/high: minimum/maximum, or min/max
 *   length for strings); `['e', default, values]` is an enum; `['a', default, item spec]` an array;
 *   `['o', default]` an object of any keys and `['a', default]` without an item spec an array of
 *   anything, kept as written; `['*']` any value, kept as written: a key only a lazy chunk reads,
 *   which that chunk validates (completeConfig.ts).
 */
export type LeafSpec = [string, unknown?, unknown?, unknown?];
export interface ObjectSpec {
  [key: string]: ConfigSpec | unknown;
}
export type ConfigSpec = LeafSpec | ObjectSpec;

/** One config problem, with the JSON path of the bad value. */
export interface ConfigProblem {
  path: string;
  message: string;
}

/** A step of a JSON path: a key or an index. */
export type PathStep = string | number;

/**
 * A problem as the validator finds it: where, which check failed (`t` type, `e` enum, `f` finite,
 * `<` too small, `>` too large, `c` selector, `u` unknown key, `r` required key missing), the leaf
 * spec and the value. explainProblems.ts words it; heed.js loads that only when there is a problem,
 * so the messages cost a page whose config is valid nothing (issue #18).
 */
export type RawProblem = [at: () => PathStep[], check: string, spec?: LeafSpec, value?: unknown];

export const kindOf = (value: unknown): string =>
  Array.isArray(value) ? 'a' : value === null ? 'null' : typeof value === 'object' ? 'o' : (typeof value)[0];

/**
 * Whether `selector` parses, checked where it will be used: in a browser, against an empty
 * fragment (nothing is matched or styled). Outside one there is nothing to check against, so it
 * passes; detectors only run in a browser.
 */
const isSelector = (selector: string): boolean => {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return typeof document === 'undefined';
  }
};

// A fresh copy, so a caller changing its config never changes the defaults (numbers and strings come back as they are).
const copy = <T>(value: T): T => structuredClone(value);

/**
 * The defaults of `spec`, freshly copied. An object with required keys has none (an entry without
 * them is dropped), unless `present`: the entry exists and its other keys take their defaults.
 */
export function defaultsOf(spec: ConfigSpec, present = false): unknown {
  // `?? undefined`: the built entry's spec went through JSON, where a leaf without a default has null.
  if (Array.isArray(spec)) return copy(spec[1] ?? undefined);
  const object = spec as Record<string, ConfigSpec>;
  if (object['!'] && !present) return undefined;
  const out = copy((object['='] as Record<string, unknown>) || {});
  for (const key of Object.keys(object)) {
    if (key.length === 1 && '!*=?'.includes(key)) continue;
    const value = defaultsOf(object[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * Checks `value` against `spec`, pushing one problem per bad value, and returns the value with
 * bad parts replaced by their defaults (or left out when they have none). Never throws.
 * `at` gives the JSON path of `value`, built only when a problem is worded. `fallback` is the
 * default at this path when the caller has one; it is owned by the call and filled in, not copied.
 * Only the keys the site owner wrote are walked: everything else keeps its default.
 */
export function validate(spec: ConfigSpec, value: unknown, problems: RawProblem[], at: () => PathStep[] = () => [], fallback?: unknown): unknown {
  const leaf = Array.isArray(spec) ? spec : undefined;
  const defaults = (): unknown => (fallback !== undefined ? fallback : defaultsOf(spec));
  const fail = (check: string): unknown => {
    problems.push([at, check, leaf, value]);
    return defaults();
  };
  if (value === undefined) return defaults();
  const kind = kindOf(value);
  if (!leaf) {
    if (kind !== 'o') return fail('t');
    const input = value as Record<string, unknown>;
    const object = spec as Record<string, ConfigSpec>;
    const required = (object['!'] as unknown as string[]) || [];
    for (const key of required) {
      if (input[key] === undefined) return void problems.push([() => [...at(), key], 'r']);
    }
    const out = (fallback ?? defaultsOf(spec, true)) as Record<string, unknown>;
    const start = problems.length;
    let settled = 0;
    for (const key of Object.keys(input)) {
      if (key.length === 1 && '!*=?'.includes(key)) continue;
      // Own keys only: "constructor" or "toString" in a config is an unknown key, not a spec.
      const child = Object.hasOwn(object, key) ? object[key] : object['*'];
      if (!child) problems.push([() => [...at(), key], 'u']);
      else {
        const restrained = (object['?'] as Record<string, unknown> | undefined)?.[key];
        const before = problems.length;
        const checked = validate(child, input[key], problems, () => [...at(), key], restrained ?? out[key]);
        if (checked !== undefined) out[key] = checked;
        // The restrained choice took the bad value's place (a `proactive` that is not a boolean is false).
        if (restrained !== undefined) settled += problems.length - before;
      }
    }
    // An entry (an object with required keys: a `pages[]` rule, an article) with a bad value is
    // dropped whole, never kept half-valid: a rule without its `match` crashed the detectors that
    // read it (issue #16). Settings objects (`policy`, `signals`) keep their good values.
    return required.length && problems.length - settled > start ? undefined : out;
  }
  const [spec0, , low, high] = leaf;
  // A key only a lazy chunk reads (`['*']`, see splitSpec): that chunk checks it (completeConfig.ts).
  if (spec0 == '*') return value;
  const type = spec0 === 'c' ? 's' : spec0;
  if (type === 'e') return (low as unknown[]).includes(value) ? value : fail('e');
  if (type === 'i' ? !Number.isInteger(value) : kind !== type) return fail('t');
  // An object of any keys (`ui.strings`), or an array of anything: kept as written.
  if (type === 'o' || (type === 'a' && !low)) return value;
  // An array's `high` is maxItems: 10,000 page rules cost 360 ms at load and a scan on every event.
  const size = type === 's' || type === 'a' ? (value as string).length : (value as number);
  if (!isFinite(size)) return fail('f');
  if (size < (low as number)) return fail('<');
  if (size > (high as number)) return fail('>');
  if (type === 'a') {
    return (value as unknown[]).flatMap((item, i) => {
      const checked = validate(low as ConfigSpec, item, problems, () => [...at(), i]);
      return checked === undefined ? [] : [checked];
    });
  }
  return spec0 === 'c' && !isSelector(value as string) ? fail('c') : value;
}
