import type { HeedConfig, ResolvedConfig } from './configTypes.js';
import { completeConfig, completeOwnKey } from './completeConfig.js';
import { configSpec } from './configSpec.js';
import { explain } from './explainProblems.js';
import { defaultsOf, validate, type ConfigProblem, type RawProblem } from './validate.js';

/** The result of checking a site owner's config. */
export interface ResolvedConfigResult {
  config: ResolvedConfig;
  problems: ConfigProblem[];
}

// Every default, computed once per page: later calls copy it instead of walking the spec again.
let entryDefaults: unknown;

/**
 * What heed.js checks at load: every key except those only lazy chunks read (`articles`,
 * `experts`, `chat`), which are kept as written when their shape is right and validated in full
 * by the chunk that first needs them (completeConfig). The problems are as found, not yet worded
 * (explainProblems.ts). Never throws.
 */
export function checkEntryConfig(raw: HeedConfig | unknown): { config: ResolvedConfig; problems: RawProblem[] } {
  const problems: RawProblem[] = [];
  const defaults = structuredClone((entryDefaults ??= defaultsOf(configSpec))) as ResolvedConfig;
  const config = validate(configSpec, raw ?? {}, problems, undefined, defaults) ?? defaults;
  return { config: config as ResolvedConfig, problems };
}

/** {@link checkEntryConfig} with its problems worded. */
export function resolveEntryConfig(raw: HeedConfig | unknown): ResolvedConfigResult {
  const { config, problems } = checkEntryConfig(raw);
  return { config, problems: explain(problems) };
}

/**
 * Validates a raw config against the published schema and fills in defaults. Bad parts fall
 * back to their defaults and are listed in `problems`; this never throws.
 */
export function resolveConfig(raw: HeedConfig | unknown): ResolvedConfigResult {
  const result = resolveEntryConfig(raw);
  completeConfig(result.config, (problem) => result.problems.push(problem));
  completeOwnKey(result.config, 'analytics', (problem) => result.problems.push(problem));
  return result;
}
