import type { HeedConfig, ResolvedConfig } from './configTypes.js';
import { configSpec } from './configSpec.js';
import { validate, type ConfigProblem } from './validate.js';

/** The result of checking a site owner's config. */
export interface ResolvedConfigResult {
  config: ResolvedConfig;
  problems: ConfigProblem[];
}

/**
 * Validates a raw config against the published schema and fills in defaults. Bad parts fall
 * back to their defaults and are listed in `problems`; this never throws.
 */
export function resolveConfig(raw: HeedConfig | unknown): ResolvedConfigResult {
  const problems: ConfigProblem[] = [];
  const config = validate(configSpec, raw ?? {}, problems) ?? validate(configSpec, {}, []);
  return { config: config as ResolvedConfig, problems };
}
