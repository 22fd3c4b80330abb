import type { ConfigSpec } from '../src/config/validate.js';
/** Compiles the JSON Schema into the compact spec the runtime validator reads. */
export function compileSchema(schema: unknown): ConfigSpec;
