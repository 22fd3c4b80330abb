import type { ConfigSpec } from '../src/config/validate.js';
/** Compiles the JSON Schema into the compact spec the runtime validator reads. */
export function compileSchema(schema: unknown): ConfigSpec;
/** Keys (top-level, or dotted paths such as `ui.title`) validated by the lazy chunks that read them, not by heed.js. */
export const LAZY_KEYS: string[];
/**
 * The spec heed.js validates, the full specs of the lazy keys by path (`keys`: LAZY_KEYS unless
 * given), and the keys heed.js knows in each object that holds a lazy key, by that object's path.
 */
export function splitSpec(spec: ConfigSpec, keys?: string[]): { entry: ConfigSpec; lazy: Record<string, ConfigSpec>; parents: Record<string, string[]> };
/** Lazy keys validated by the one chunk that reads them, not by completeConfig. */
export const OWN_KEYS: string[];
/** The lazy specs without OWN_KEYS, those keys' specs, and `parents` with OWN_KEYS counted as known. */
export function splitOwn(
  specs: Record<string, ConfigSpec>,
  parents: Record<string, string[]>,
): { lazy: Record<string, ConfigSpec>; own: Record<string, ConfigSpec>; parents: Record<string, string[]> };
/** The fields holding links: path → allowed schemes, or 'email'. */
export function linkFields(schema: unknown): Record<string, string[] | 'email'>;
