import type { ConfigSpec } from '../src/config/validate.js';
/** Compiles the JSON Schema into the compact spec the runtime validator reads. */
export function compileSchema(schema: unknown): ConfigSpec;
/** Keys (top-level, or dotted paths such as `ui.title`) validated by the lazy chunks that read them, not by heed.js. */
export const LAZY_KEYS: string[];
/** The spec heed.js validates, and the full specs of the lazy keys by path (`keys`: LAZY_KEYS unless given). */
export function splitSpec(spec: ConfigSpec, keys?: string[]): { entry: ConfigSpec; lazy: Record<string, ConfigSpec> };
/** Lazy keys validated by the one chunk that reads them, not by completeConfig. */
export const OWN_KEYS: string[];
/** The lazy specs without OWN_KEYS, and those keys' specs. */
export function splitOwn(specs: Record<string, ConfigSpec>): { lazy: Record<string, ConfigSpec>; own: Record<string, ConfigSpec> };
/** The fields holding links: path → allowed schemes, or 'email'. */
export function linkFields(schema: unknown): Record<string, string[] | 'email'>;
