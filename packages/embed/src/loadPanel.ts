import type * as PanelModule from '../../widget/src/panel/mountPanel.js';
import { importChunk } from './chunkUrl.js';

/** Script-tag build: the panel is a separate ES module next to heed.js (see rollup.config.mjs). */
export const loadPanel = () => importChunk<typeof PanelModule>('panel');
