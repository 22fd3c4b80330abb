/**
 * `@heed/core/internal`: what Heed's own UI packages (`@heed/widget`, the script-tag build) need
 * from core and a page script must not reach through the public entry — the emitter behind an
 * instance, its resolved config and store, and helpers shared with the widget.
 *
 * Unstable: names and shapes here change without notice. Site code uses `@heed/core`.
 */
export { internalsOf } from './internals.js';
export { putNow } from './storage/putNow.js';
export { createTabState } from './storage/tabState.js';
export { relayUrl } from './chat/relayUrl.js';
export { withinHours } from './chat/hours.js';
export { chatAvailability } from './chat/availability.js';
export { setProductPresence } from './chat/productPresence.js';
export type { ProductPresence } from './chat/productPresence.js';
export { pageKey, globMatch } from './route/pageKey.js';
export { DRAW_KEY } from './lift/groupOf.js';

export type { HeedInternals, ViewHandler } from './internals.js';
export type { Activity } from './activity.js';
export type { ChatAvailability, ChatAvailabilityOptions } from './chat/availability.js';
export type { Store } from './storage/createStore.js';
export { availableHelp } from './help/availableHelp.js';
export type { AvailableHelp } from './help/availableHelp.js';
export { teamChannels, teamNextOpening, teamOpen, teamsFor, teamTopics } from './help/teams.js';
export type { TeamChannel, TeamPresence } from './help/teams.js';
export { nextOpening } from './chat/hours.js';
export { completeConfigReporting } from './config/completeConfig.js';
export { linkProblem } from './config/urlChecks.js';
export { rankArticles, goodMatches, queriesOf, topicOfQueries } from './help/rankArticles.js';
export type { RankedArticle } from './help/rankArticles.js';
