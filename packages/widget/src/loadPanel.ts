/**
 * Loads the panel chunk (Preact and the views). Its own module so that the script-tag build can
 * point the import at a chunk next to `heed.js`.
 */
export const loadPanel = () => import('./panel/mountPanel.js');
