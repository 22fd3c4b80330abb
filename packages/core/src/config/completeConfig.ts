import type { ResolvedConfig } from './configTypes.js';
import { lazyConfigSpec, lazyLinks, lazyParents, ownConfigSpec } from './configSpec.js';
import { reportProblem, type Report } from './reportProblem.js';
import { dropUnsafeLinks } from './urlChecks.js';
import { explain } from './explainProblems.js';
import { defaultsOf, validate, type ConfigProblem, type ConfigSpec, type ObjectSpec, type RawProblem } from './validate.js';

// Set on the config object itself, which every chunk shares through `internalsOf(heed).config()`:
// each chunk is its own build with its own copy of this module, so a module-level flag would not do.
const CHECKED = 'lazyKeysChecked';

/**
 * Validates, in place and once per config object, the keys heed.js kept as written (`articles`,
 * `experts`, `chat`, `ui.title`…: see LAZY_KEYS in schema/compileSchema.mjs, top-level keys and
 * dotted paths). The chunk that first reads them calls this (the policy on first need, the panel,
 * the chat delivery, the debug overlay), so those keys cost heed.js nothing. Each problem goes to
 * `onProblem` once, with its JSON path; bad parts take their defaults.
 */
/** The object at `steps` inside `target` (heed.js validated every object on the way, so each exists). */
const objectAt = (target: Record<string, unknown>, steps: string[]) => steps.reduce((at, step) => at[step] as Record<string, unknown>, target);

/** Validates the key at the dotted `path` in place, against `spec`: a bad part takes its default. */
function completeKey(target: Record<string, unknown>, path: string, spec: ConfigSpec, found: RawProblem[]): void {
  const steps = path.split('.');
  const key = steps.pop()!;
  const parent = objectAt(target, steps);
  parent[key] = validate(spec, parent[key], found, () => path.split('.'), defaultsOf(spec)) ?? defaultsOf(spec);
}

export function completeConfig(config: ResolvedConfig, onProblem: (problem: ConfigProblem) => void): ResolvedConfig {
  const target = config as unknown as Record<string, unknown>;
  if (target[CHECKED]) return config;
  Object.defineProperty(target, CHECKED, { value: true });
  const found: RawProblem[] = [];
  for (const path of Object.keys(lazyConfigSpec)) completeKey(target, path, lazyConfigSpec[path]!, found);
  // heed.js kept every key it does not know as written (splitSpec): what is not a lazy key either is unknown.
  for (const [at, known] of Object.entries(lazyParents)) {
    const steps = at ? at.split('.') : [];
    const object = objectAt(target, steps);
    for (const key of Object.keys(object)) {
      if (known.includes(key) || Object.hasOwn(lazyConfigSpec, [...steps, key].join('.'))) continue;
      found.push([() => [...steps, key], 'u']);
      delete object[key];
    }
  }
  const problems: ConfigProblem[] = explain(found);
  // Links are checked after the shapes, and only here: heed.js renders no link from the config.
  const required = (key: string) => (((lazyConfigSpec[key] as unknown[])[2] as ObjectSpec | undefined)?.['!'] as string[] | undefined) ?? [];
  dropUnsafeLinks(target, lazyLinks, required, problems);
  // The schema cannot say "topics or topic": a team with neither matches no page, so say so.
  config.experts.forEach((team, i) => {
    if (!team.topic && !team.topics?.length) problems.push({ path: `experts[${i}].topics`, message: 'a team needs topics (or topic); without, it is listed only among the other teams' });
  });
  problems.forEach(onProblem);
  return config;
}

/**
 * Validates, in place, one key that a single chunk reads (OWN_KEYS in schema/compileSchema.mjs:
 * `analytics`), which completeConfig leaves alone so that the other chunks do not carry its spec.
 * That chunk calls it, and so does resolveConfig. Problems as in completeConfig.
 */
export function completeOwnKey(config: ResolvedConfig, key: keyof ResolvedConfig & string, onProblem: (problem: ConfigProblem) => void): void {
  const found: RawProblem[] = [];
  completeKey(config as unknown as Record<string, unknown>, key, ownConfigSpec[key]!, found);
  explain(found).forEach(onProblem);
}

/** completeConfig for a chunk: problems become a console warning and a `config-invalid` error, as at load. */
export const completeConfigReporting = (config: ResolvedConfig, report: Report): ResolvedConfig => completeConfig(config, reportProblem(report));
