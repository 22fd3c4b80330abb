import type { keepTabClear } from './keepTabClear.js';

/** The generic heed.js's tabClearance.ts: nothing at load; the panel's chunk keeps the tab clear. */
export const startTabClearance: typeof keepTabClear | undefined = undefined;
