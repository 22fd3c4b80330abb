/**
 * Where heed.js gets its config and detectors. Generic build: the config named by the script tag
 * (fetched and validated at load, readPageConfig.ts) and every built-in detector. A per-site build
 * (`heed build`, build/siteBuild.mjs) replaces this module: its config was validated at build time
 * and is compiled in, and only the detectors the config leaves enabled are listed.
 */
import { builtInDetectors } from '@heed/core';
import type { keepTabClear } from '@heed/widget/internal';
import { readPageConfig } from './readPageConfig.js';

export const detectors = builtInDetectors;

/** Read while the script runs: `document.currentScript` is only set then. */
export const pageConfig = (report: (code: string, message: string) => void): Promise<unknown> => readPageConfig(document.currentScript as HTMLScriptElement | null, report);

/**
 * What keeps the tab clear of `ui.avoid` and the focused field from load: nothing here, as its
 * 0.26 KB do not fit the generic heed.js (README, "The tab"); the panel's chunk starts it instead.
 * A per-site build passes keepTabClear.
 */
export const tabClearance: typeof keepTabClear | undefined = undefined;
