import * as explainProblems from './explainProblems.js';

/**
 * The wording of config problems (explainProblems.ts). In the npm package it is already there
 * (resolveConfig and completeConfig word their problems), so a dynamic import would only make
 * bundlers warn that it moves nothing; the script-tag build points this module at a chunk of its
 * own next to heed.js (embed/src/loadExplain.ts), fetched only when a config has a problem.
 */
export const loadExplain = () => Promise.resolve(explainProblems);
