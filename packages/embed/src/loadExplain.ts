import type * as ExplainModule from '../../core/src/config/explainProblems.js';
import { importChunk } from './chunkUrl.js';

/** Script-tag build: the wording of config problems is a separate ES module next to heed.js (see rollup.config.mjs). */
export const loadExplain = () => importChunk<typeof ExplainModule>('explain');
