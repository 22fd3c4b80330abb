import type { ExpertConfig, ResolvedConfig } from '../config/configTypes.js';
import type { AvailableHelp } from '../help/availableHelp.js';
import { goodMatches, queriesOf, rankArticles, topicOfQueries } from '../help/rankArticles.js';
import { teamChannels, teamOpen, teamsFor, teamTopics } from '../help/teams.js';
import type { NeedState, OfferEvent } from '../types.js';

/** What the escalation ladder looks at, gathered by the policy once per decision. */
export interface LadderInputs {
  need: NeedState;
  config: Pick<ResolvedConfig, 'articles' | 'experts' | 'chat'>;
  help: AvailableHelp;
  /** The page rule's topic. */
  pageTopic?: string;
  /** URLs of the articles the visitor opened from an offer (policy memory): never offered again. */
  opened: readonly string[];
  /** The visitor opened one this session and is still struggling: articles did not help. */
  tried: boolean;
  /** Someone is there to chat live now. */
  online: boolean;
  now: number;
}

/** The ladder's choice: the offer's kind and what it leads with, and why. */
export type OfferChoice = Required<Pick<OfferEvent, 'kind' | 'why'>> & Pick<OfferEvent, 'topic' | 'article' | 'team'>;

type Channel = ExpertConfig['channels'][number];

/**
 * A team's channels that work right now, as the expert view offers them (teamChannels): requests
 * go to the relay or the team's requestUrl, email also to its address; live chat needs an agent.
 */
const channelsNow = (team: ExpertConfig, { config, online }: LadderInputs): Channel[] =>
  teamChannels(team, config, true).filter((channel) => channel !== 'chat' || online);

/**
 * The escalation ladder (SPEC §6, README "The escalation ladder"): articles first when one answers the struggle
 * and the visitor has not tried one; then live chat when an agent is there; then the topic's
 * expert team when it is open (before chat when the owner marked it `beforeChat`); else a nudge
 * to the panel. Pure: the policy gathers the inputs, and has already decided that it may offer.
 */
export function chooseOffer(inputs: LadderInputs): OfferChoice {
  const { need, config, help, pageTopic, opened, tried, online, now } = inputs;
  const why: string[] = [];
  const ranked = rankArticles(config.articles, { topic: pageTopic, queries: queriesOf(need) });
  const topic = topicOfQueries(ranked, pageTopic);
  if (topic !== pageTopic) why.push(`topic ${topic} from the queries`);

  const best = goodMatches(ranked).find((entry) => !opened.includes(entry.article.url));
  if (tried) why.push('an article did not help');
  else if (best) {
    why.push(`article “${best.article.title}” matches (${best.score})`);
    return { kind: 'articles', topic, article: { title: best.article.title, url: best.article.url }, why };
  } else if (help.articles) why.push('no article matches');

  const team = topic === undefined ? undefined : teamsFor(config, topic).find((candidate) => teamTopics(candidate).includes(topic));
  const channels = team ? channelsNow(team, inputs) : [];
  const open = !!team && teamOpen(team, now);
  const expert: OfferChoice | undefined = open && channels.length ? { kind: 'expert', topic, team: { name: team!.name, channels }, why } : undefined;
  if (team && !expert) why.push(open ? `${team.name}: no channel works now` : `${team.name} closed now`);

  if (expert && team!.beforeChat) return why.push(`${team!.name} comes before chat`), expert;
  if (help.chat && online) return why.push('an agent is online'), { kind: 'chat', topic, why };
  if (help.chat) why.push('nobody online to chat');
  if (expert) return why.push(`${team!.name} open`), expert;
  if (topic !== undefined && !team && help.experts) why.push(`no team for ${topic}`);
  return { kind: 'nudge', topic, why };
}
