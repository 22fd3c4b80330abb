import type * as DebugModule from '../../widget/src/debug/mountDebug.js';
import { importChunk } from './chunkUrl.js';

/** Script-tag build: the debug overlay is a separate ES module next to heed.js (see rollup.config.mjs). */
export const loadDebug = () => importChunk<typeof DebugModule>('debug');
