import type { OfferEvent, PanelView, SignalEvent } from '@heed/core';
import type { AvailableHelp } from '@heed/core/internal';
import type { StringKey } from '../i18n/en.js';
import { englishSay } from '../i18n/english.js';
import type { Say } from '../i18n/say.js';

/** What the visitor typed or clicked, in the locale's quotation marks. */
const quote = (say: Say, value: unknown) => say('quote', { text: String(value).slice(0, 40) });

/**
 * The signal an offer speaks about: the most recent one. A refinement and the failure of that
 * same query are one struggle, reported twice (the refinement as the query settles, the failure
 * once the results are in): the failure says more. Reasons carried over from an earlier page come
 * first, so "latest" is the visitor's latest struggle however long the offer was held back.
 */
export function decidingSignal(reasons: SignalEvent[]): SignalEvent | undefined {
  const latest = reasons[reasons.length - 1];
  if (latest?.type !== 'search-refine') return latest;
  const failed = reasons.find((signal) => signal.type === 'search-failure' && signal.detail.query === latest.detail.query);
  return failed || latest;
}

/** What kind of trouble a signal is, for the sentence under the headline. */
type Trouble = 'finding' | 'broken' | 'form' | 'other';

const troubleOf = (signal: SignalEvent | undefined): Trouble => {
  switch (signal?.type) {
    case 'search-failure':
    case 'search-refine':
    case 'back-nav':
    case 'pogo-stick':
    case 'help-seek':
      return 'finding';
    case 'rage-click':
    case 'dead-click':
    case 'error-click':
      return 'broken';
    case 'form-error':
      return 'form';
    default:
      return 'other';
  }
};

/**
 * What Heed noticed, in plain words, from the signal the offer speaks about. Never repeats
 * anything but the search query and element or field names the detectors recorded.
 */
export function offerHeadline(reasons: SignalEvent[], say: Say = englishSay()): string {
  const deciding = decidingSignal(reasons);
  const detail = deciding?.detail || {};
  switch (deciding?.type) {
    case 'search-failure':
      return detail.query ? say('cantFindQuery', { query: quote(say, detail.query) }) : say('cantFind');
    case 'search-refine':
      return say('stillLookingQuery', { query: quote(say, detail.query) });
    case 'rage-click':
    case 'dead-click':
    case 'error-click':
      return detail.element ? say('notWorkingElement', { element: quote(say, detail.element) }) : say('notWorking');
    case 'form-error':
      return detail.field ? say('troubleField', { field: quote(say, detail.field) }) : say('troubleForm');
    case 'dwell':
      return say('stepHand');
    case 'help-seek':
      return say('stillLookingAnswer');
    case 'back-nav':
    case 'pogo-stick':
      return say('cantFind');
    default:
      return say('canWeHelp');
  }
}

/** Everything an offer card says, and where its button leads. */
export interface OfferCopy {
  headline: string;
  /** The next step, fitted to the trouble and to the help this site has. */
  body: string;
  /** Label of the button that takes the offer. */
  action: string;
  /** The panel view that button opens. */
  view: PanelView;
  /** `accept { channel }`: 'chat' for live chat, else 'panel'. */
  channel: 'chat' | 'panel';
  /** The article the offer leads with (kind `articles`), above the button; opening it is `accept { channel: 'article' }`. */
  article?: { title: string; url: string };
}

// The sentence under the headline, by the help the button leads to and the kind of trouble.
const MESSAGE: Record<Trouble, StringKey> = { finding: 'messageFinding', broken: 'messageBroken', form: 'messageForm', other: 'messageOther' };
const ARTICLES: Record<Trouble, StringKey> = { finding: 'articlesFinding', broken: 'articlesBroken', form: 'articlesForm', other: 'articlesOther' };
const EXPERTS: Record<Trouble, StringKey> = { finding: 'expertsFinding', broken: 'expertsBroken', form: 'expertsForm', other: 'expertsOther' };

const CHANNEL_WORDS = { chat: 'byChat', callback: 'byCallback', email: 'byEmail', booking: 'byBooking' } as const;

/**
 * "Our billing team" for a team named "Billing team" (English only: other languages name the team
 * as written); a person ("Sam, our tool specialist") as named.
 */
const teamPhrase = (name: string, say: Say) => (say.lang === 'en' && /\bteam$/i.test(name) ? `Our ${name[0]!.toLowerCase()}${name.slice(1)}` : name);

/** The way to ask a person, below an article the offer leads with. */
const personCopy = (help: AvailableHelp, say: Say): Pick<OfferCopy, 'action' | 'view' | 'channel'> =>
  help.chat
    ? { action: say('messageUs'), view: 'chat', channel: 'panel' }
    : help.experts
      ? { action: say('contactTeam'), view: 'expert', channel: 'panel' }
      : { action: say('moreHelpArticles'), view: 'articles', channel: 'panel' };

/**
 * The copy of an offer, or `undefined` when the site has set up nothing an offer could lead to:
 * a card must never promise help that is not there. Live chat when an agent is there; else a
 * message (chat configured, nobody online), the site's help articles, or its expert teams.
 */
export function offerCopy(offer: Pick<OfferEvent, 'kind' | 'reasons' | 'article' | 'team'>, help: AvailableHelp, say: Say = englishSay()): OfferCopy | undefined {
  const headline = offerHeadline(offer.reasons, say);
  const trouble = troubleOf(decidingSignal(offer.reasons));
  const { article, team } = offer;
  if (offer.kind === 'chat' && help.chat) {
    return { headline, body: say('liveNow'), action: say('chatTitle'), view: 'chat', channel: 'chat' };
  }
  // The article that matches the struggle comes first; a person is one click below it.
  if (offer.kind === 'articles' && help.articles && article) return { headline, body: say('articleLead'), article, ...personCopy(help, say) };
  if (offer.kind === 'expert' && help.experts && team?.channels.length) {
    const channels = say.list(team.channels.map((channel) => say(CHANNEL_WORDS[channel])), 'or');
    return { headline, body: say('teamCanHelp', { team: teamPhrase(team.name, say), channels }), action: say('contactTeam'), view: 'expert', channel: 'panel' };
  }
  // The policy chose a tier: lead straight to it when the site has it.
  if (offer.kind === 'articles' && help.articles) return { headline, body: say(ARTICLES[trouble]), action: say('seeArticles'), view: 'articles', channel: 'panel' };
  if (offer.kind === 'expert' && help.experts) return { headline, body: say(EXPERTS[trouble]), action: say('contactTeam'), view: 'expert', channel: 'panel' };
  // More than one way to help: the panel's home lists them; one way: straight to it.
  const ways = +help.chat + +help.articles + +help.experts;
  const body = say(help.chat ? MESSAGE[trouble] : help.articles ? ARTICLES[trouble] : EXPERTS[trouble]);
  if (ways > 1) return { headline, body, action: say('askUs'), view: 'home', channel: 'panel' };
  if (help.chat) return { headline, body, action: say('messageUs'), view: 'chat', channel: 'panel' };
  if (help.articles) return { headline, body, action: say('seeArticles'), view: 'articles', channel: 'panel' };
  if (help.experts) return { headline, body, action: say('contactTeam'), view: 'expert', channel: 'panel' };
  return undefined;
}
