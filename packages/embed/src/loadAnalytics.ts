import type * as AnalyticsModule from '../../core/src/analytics/startAnalytics.js';
import { importChunk } from './chunkUrl.js';

/** Script-tag build: the analytics forwarding is a separate ES module next to heed.js (see rollup.config.mjs). */
export const loadAnalytics = () => importChunk<typeof AnalyticsModule>('analytics');
