import schema from '../../schema/heed.schema.json';
import { compileSchema, linkFields, splitSpec } from '../../schema/compileSchema.mjs';

/**
 * The compiled config spec, split: `configSpec` is what heed.js validates at load (lazy keys pass
 * as written), `lazyConfigSpec` the full specs of the keys only lazy chunks read, `lazyParents` the
 * keys heed.js knows in each object holding a lazy key. In builds,
 * rollup.config.mjs replaces this module with the precompiled specs, so the schema and the
 * compiler never ship; a chunk that imports only `lazyConfigSpec` carries only that part.
 */
const { entry, lazy, parents } = splitSpec(compileSchema(schema));
export const configSpec = entry;
export const lazyConfigSpec = lazy;
export const lazyParents = parents;
export const lazyLinks = linkFields(schema);
