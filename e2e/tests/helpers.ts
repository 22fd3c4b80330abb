/**
 * The e2e specs' helpers, one import for every spec: `import { … } from './helpers'`.
 * Each job lives in its own module under e2e/helpers/.
 */
export { heedReady, open } from '../helpers/ready';
export { helpTab, offerCard } from '../helpers/locators';
export { beActive, failTwoSearches, fidget, read, search } from '../helpers/visitor';
export { events, expectSignal, expectSignalSeen, needNow, needs, recorded, signals, signalTypes, tabLog } from '../helpers/events';
export { answerPresence, beActiveOnDemo, recordHeedEvents, startDemo } from '../helpers/demo';
export { expectTabEvents, heldBackBy, searchFor, tabEvents } from '../helpers/policy';
export { PRODUCTS, SCRIPT, TAKES_CONTEXT, TELLS_AVAILABILITY, launcher, productCalls, productMessenger, productPage, runUntil, standIn } from '../helpers/products';

export type { Recorded } from '../helpers/events';
export type { DemoServer } from '../helpers/demo';
export type { Product } from '../helpers/products';
