/**
 * `@heed/widget/internal`: what the script-tag build needs from the widget and apps do not.
 * Unstable: names and shapes here change without notice.
 */
export { mountTab } from './mountWidget.js';
export { keepTabClear } from './keepTabClear.js';
