import schema from '../../schema/heed.schema.json';
import { compileSchema } from '../../schema/compileSchema.mjs';

/**
 * The compiled config spec. In builds, rollup.config.mjs replaces this module with the
 * precompiled spec, so the schema and the compiler never ship.
 */
export const configSpec = compileSchema(schema);
