/**
 * Loads the forwarding to the site's analytics: its own chunk, fetched on the first event worth
 * forwarding; a module of its own so the script-tag build can point it at a chunk next to heed.js.
 */
export const loadAnalytics = () => import('./startAnalytics.js');
