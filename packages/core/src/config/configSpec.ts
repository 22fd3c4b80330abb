import schema from '../../schema/heed.schema.json';
import { compileSchema, linkFields, splitOwn, splitSpec } from '../../schema/compileSchema.mjs';

/**
 * The compiled config spec, split: `configSpec` is what heed.js validates at load (lazy keys pass
 * as written), `lazyConfigSpec` the full specs of the keys only lazy chunks read, `lazyParents` the
 * keys heed.js knows in each object holding a lazy key. In builds,
 * rollup.config.mjs replaces this module with the precompiled specs, so the schema and the
 * compiler never ship; a chunk that imports only `lazyConfigSpec` carries only that part.
 */
const split = splitSpec(compileSchema(schema));
const { lazy, own, parents } = splitOwn(split.lazy, split.parents);
export const configSpec = split.entry;
export const lazyConfigSpec = lazy;
export const lazyParents = parents;
/** The lazy keys one chunk alone validates (OWN_KEYS: `analytics`), by key. */
export const ownConfigSpec = own;
export const lazyLinks = linkFields(schema);
