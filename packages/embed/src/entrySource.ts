/**
 * Where heed.js gets its config and detectors. Generic build: the config named by the script tag
 * (fetched and validated at load, readPageConfig.ts) and every built-in detector. A per-site build
 * (`heed build`, build/siteBuild.mjs) replaces this module: its config was validated at build time
 * and is compiled in, and only the detectors the config leaves enabled are listed.
 */
import { builtInDetectors } from '@heed/core';
import { readPageConfig } from './readPageConfig.js';

export const detectors = builtInDetectors;

/** Read while the script runs: `document.currentScript` is only set then. */
export const pageConfig = (report: (code: string, message: string) => void): Promise<unknown> => readPageConfig(document.currentScript as HTMLScriptElement | null, report);
