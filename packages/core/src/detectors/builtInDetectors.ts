import type { Detector } from './defineDetector.js';

/** Every built-in detector, in the order they start. */
export const builtInDetectors: Detector[] = [];
