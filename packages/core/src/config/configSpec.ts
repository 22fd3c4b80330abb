import schema from '../../schema/heed.schema.json';
import { compileSchema, linkFields, splitOwn, splitSpec } from '../../schema/compileSchema.mjs';

/**
 * The compiled config spec, split: `configSpec` is what heed.js validates at load (the lazy keys
 * only by shape), `lazyConfigSpec` the full specs of the keys only lazy chunks read. In builds,
 * rollup.config.mjs replaces this module with the precompiled specs, so the schema and the
 * compiler never ship; a chunk that imports only `lazyConfigSpec` carries only that part.
 */
const { entry, lazy: all } = splitSpec(compileSchema(schema));
const { lazy, own } = splitOwn(all);
export const configSpec = entry;
export const lazyConfigSpec = lazy;
/** The lazy keys one chunk alone validates (OWN_KEYS: `analytics`), by key. */
export const ownConfigSpec = own;
export const lazyLinks = linkFields(schema);
