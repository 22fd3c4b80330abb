import { withinHours } from '../chat/hours.js';
import type { ExpertConfig, ResolvedConfig } from '../config/configTypes.js';

/** The topics an expert team covers (`topic` and `topics` are both accepted in config). */
export function teamTopics(team: ExpertConfig): string[] {
  const topics = (team as ExpertConfig & { topics?: string[] }).topics || [];
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

/** Whether a team is inside its opening hours now, in its own time zone. */
export function teamOpen(team: ExpertConfig, now = Date.now()): boolean {
  return withinHours(team.hours, team.timeZone, now);
}
