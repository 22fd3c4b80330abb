import type { ResolvedConfig } from './configTypes.js';
import { lazyConfigSpec } from './configSpec.js';
import { reportProblem, type Report } from './reportProblem.js';
import { urlChecks } from './urlChecks.js';
import { defaultsOf, stringChecks, validate, type ConfigProblem } from './validate.js';

// Set on the config object itself, which every chunk shares through `internalsOf(heed).config()`:
// each chunk is its own build with its own copy of this module, so a module-level flag would not do.
const CHECKED = 'lazyKeysChecked';

/**
 * Validates, in place and once per config object, the keys heed.js kept as written (`articles`,
 * `experts`, `chat`: see LAZY_KEYS in schema/compileSchema.mjs). The chunk that first reads them
 * calls this (the policy on first need, the panel, the chat delivery, the debug overlay), so those
 * keys cost heed.js nothing. Each problem goes to `onProblem` once; bad parts take their defaults.
 */
export function completeConfig(config: ResolvedConfig, onProblem: (problem: ConfigProblem) => void): ResolvedConfig {
  const target = config as unknown as Record<string, unknown>;
  if (target[CHECKED]) return config;
  Object.defineProperty(target, CHECKED, { value: true });
  // Only lazy keys hold URLs: their checks join the validator here, in the chunks, not in heed.js
  // (at the call, not at import: heed.js imports this module's file and must not keep them).
  Object.assign(stringChecks, urlChecks);
  const problems: ConfigProblem[] = [];
  for (const key of Object.keys(lazyConfigSpec)) {
    const spec = lazyConfigSpec[key]!;
    const checked = validate(spec, target[key], problems, () => key, defaultsOf(spec));
    target[key] = checked ?? defaultsOf(spec);
  }
  problems.forEach(onProblem);
  return config;
}

/** completeConfig for a chunk: problems become a console warning and a `config-invalid` error, as at load. */
export const completeConfigReporting = (config: ResolvedConfig, report: Report): ResolvedConfig => completeConfig(config, reportProblem(report));
