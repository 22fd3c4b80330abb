export { mountWidget } from './mountWidget.js';
export type { MountWidgetOptions } from './mountWidget.js';
