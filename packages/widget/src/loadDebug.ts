/** Loads the debug overlay chunk. Its own module so that the script-tag build can point it at a chunk next to heed.js. */
export const loadDebug = () => import('./debug/mountDebug.js');
