import type * as PolicyModule from '../../core/src/policy/createPolicy.js';
import { importChunk } from './chunkUrl.js';

/** Script-tag build: the policy is a separate ES module next to heed.js (see rollup.config.mjs). */
export const loadPolicy = () => importChunk<typeof PolicyModule>('policy');
