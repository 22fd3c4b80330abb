import { nextOpening, withinHours } from '../chat/hours.js';
import type { ExpertConfig, ResolvedConfig } from '../config/configTypes.js';

/**
 * Who answers on the relay now: `online` while any agent is, `teams` the names of the teams at
 * least one online agent answers for (absent from an older relay: then any agent answers for all).
 */
export interface TeamPresence {
  online: boolean;
  teams?: string[];
}

/** The topics an expert team covers (`topic` and `topics` are both accepted in config). */
export function teamTopics(team: ExpertConfig): string[] {
  const topics = team.topics || [];
  return team.topic && !topics.includes(team.topic) ? [team.topic, ...topics] : topics;
}

/**
 * The site's expert teams in the order a visitor should see them: the teams for `topic` first,
 * then the others, each team once (the same name listed twice in config is one team).
 */
export function teamsFor(config: Pick<ResolvedConfig, 'experts'>, topic: string | undefined): ExpertConfig[] {
  const seen = new Set<string>();
  const unique = config.experts.filter((team) => !seen.has(team.name) && !!seen.add(team.name));
  const forTopic = unique.filter((team) => topic !== undefined && teamTopics(team).includes(topic));
  return [...forTopic, ...unique.filter((team) => !forTopic.includes(team))];
}

/**
 * Whether a team is inside its opening hours now, in its own time zone and not on one of its
 * holidays; with `presence` (the relay's), also whether an agent who answers for it is online.
 */
export function teamOpen(team: ExpertConfig, now = Date.now(), presence?: TeamPresence): boolean {
  if (presence && (!presence.online || (presence.teams && !presence.teams.includes(team.name)))) return false;
  return withinHours(team.hours, team.timeZone, now, team.holidays);
}

/** When the team's hours open next (now when they are open), or undefined when that cannot be told. */
export function teamNextOpening(team: ExpertConfig, now = Date.now()): number | undefined {
  return nextOpening(team.hours, team.timeZone, now, team.holidays);
}

export type TeamChannel = ExpertConfig['channels'][number];

/**
 * The channels a visitor can use to reach `team` now, in the team's order: chat only while the
 * team is open and the site has a chat; callback and email requests when they have somewhere to
 * go (the team's `requestUrl`, or the relay); an email link without either; booking with a link.
 * A closed team keeps its asynchronous channels: the visitor can still ask.
 */
export function teamChannels(team: ExpertConfig, config: Pick<ResolvedConfig, 'chat'>, open: boolean): TeamChannel[] {
  const relay = config.chat.provider === 'relay' && !!config.chat.url;
  const requests = !!team.requestUrl || relay;
  const usable: Record<TeamChannel, boolean> = {
    chat: open && relay,
    callback: requests,
    email: requests || !!team.email,
    booking: !!team.bookingUrl,
  };
  return team.channels.filter((channel, i) => usable[channel] && team.channels.indexOf(channel) === i);
}
