import type { HeedInternals } from '@heed/core/internal';

/**
 * The team a chat is for, when the visitor started it from the expert view: the chat sends it in
 * the first message's context, so agents see which team is asked. Per Heed instance; the expert
 * view (panel chunk) and the chat view (chat chunk) share this module.
 */
const chosen = new WeakMap<HeedInternals, string>();

export const chooseTeam = (internals: HeedInternals, team: string | undefined): void => void (team ? chosen.set(internals, team) : chosen.delete(internals));
export const chosenTeam = (internals: HeedInternals): string | undefined => chosen.get(internals);
