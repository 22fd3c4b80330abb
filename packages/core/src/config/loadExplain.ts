/**
 * Loads the wording of config problems (explainProblems.ts). Only a config with problems needs it,
 * so it is its own chunk; a module of its own so the script-tag build can point it at a chunk next to heed.js.
 */
export const loadExplain = () => import('./explainProblems.js');
