import { keepTabClear } from './keepTabClear.js';

/**
 * When the tab starts keeping clear of `ui.avoid` and the focused field (keepTabClear.ts): here, at
 * load, with the tab — in the npm packages and in a per-site heed.js (`heed build`). The generic
 * heed.js, at its 10 KB ceiling, points this module at tabClearanceLater.ts (rollup.config.mjs), and
 * there the panel's chunk starts it, at the first need, hover or focus (README, "The tab").
 */
export const startTabClearance: typeof keepTabClear | undefined = keepTabClear;
