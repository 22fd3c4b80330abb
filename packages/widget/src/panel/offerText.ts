import type { OfferEvent, PanelView, SignalEvent } from '@heed/core';
import type { AvailableHelp } from '@heed/core/internal';

const quote = (value: unknown) => `“${String(value).slice(0, 40)}”`;

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
export function offerHeadline(reasons: SignalEvent[]): string {
  const deciding = decidingSignal(reasons);
  const detail = deciding?.detail || {};
  switch (deciding?.type) {
    case 'search-failure':
      return detail.query ? `Can't find ${quote(detail.query)}?` : "Can't find what you're looking for?";
    case 'search-refine':
      return `Still looking for ${quote(detail.query)}?`;
    case 'rage-click':
    case 'dead-click':
    case 'error-click':
      return detail.element ? `Is ${quote(detail.element)} not working?` : 'Is something not working?';
    case 'form-error':
      return detail.field ? `Having trouble with ${quote(detail.field)}?` : 'Having trouble with this form?';
    case 'dwell':
      return 'Need a hand with this step?';
    case 'help-seek':
      return 'Still looking for an answer?';
    case 'back-nav':
    case 'pogo-stick':
      return "Can't find what you're looking for?";
    default:
      return 'Can we help?';
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
const MESSAGE: Record<Trouble, string> = {
  finding: "Leave us a message and we'll help you find it.",
  broken: "Tell us what went wrong and we'll look into it.",
  form: "Leave us a message and we'll help you get it done.",
  other: "Leave us a message and we'll get back to you.",
};
const ARTICLES: Record<Trouble, string> = {
  finding: 'Our help articles may have what you are looking for.',
  broken: 'Our help articles may explain what is going on.',
  form: 'Our help articles may explain what this form needs.',
  other: 'Our help articles may have the answer.',
};
const EXPERTS: Record<Trouble, string> = {
  finding: 'Our team can help you find it.',
  broken: 'Our team can look into it for you.',
  form: 'Our team can help you get it done.',
  other: 'Our team is happy to help.',
};

const CHANNEL_WORDS = { chat: 'chat', callback: 'a callback', email: 'email', booking: 'booking a call' };

/** "Our billing team" for a team named "Billing team"; a person ("Sam, our tool specialist") as named. */
const teamPhrase = (name: string) => (/\bteam$/i.test(name) ? `Our ${name[0].toLowerCase()}${name.slice(1)}` : name);

/** "chat, a callback or email". */
const channelList = (channels: Array<keyof typeof CHANNEL_WORDS>) => {
  const words = channels.map((channel) => CHANNEL_WORDS[channel]);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}` : words[0];
};

/** The way to ask a person, below an article the offer leads with. */
const personCopy = (help: AvailableHelp): Pick<OfferCopy, 'action' | 'view' | 'channel'> =>
  help.chat
    ? { action: 'Message us', view: 'chat', channel: 'panel' }
    : help.experts
      ? { action: 'Contact our team', view: 'expert', channel: 'panel' }
      : { action: 'More help articles', view: 'articles', channel: 'panel' };

/**
 * The copy of an offer, or `undefined` when the site has set up nothing an offer could lead to:
 * a card must never promise help that is not there. Live chat when an agent is there; else a
 * message (chat configured, nobody online), the site's help articles, or its expert teams.
 */
export function offerCopy(offer: Pick<OfferEvent, 'kind' | 'reasons' | 'article' | 'team'>, help: AvailableHelp): OfferCopy | undefined {
  const headline = offerHeadline(offer.reasons);
  const trouble = troubleOf(decidingSignal(offer.reasons));
  const { article, team } = offer;
  if (offer.kind === 'chat' && help.chat) {
    return { headline, body: 'Someone from our team is here to chat now.', action: 'Chat with us', view: 'chat', channel: 'chat' };
  }
  // The article that matches the struggle comes first; a person is one click below it.
  if (offer.kind === 'articles' && help.articles && article) return { headline, body: 'This help article may answer it:', article, ...personCopy(help) };
  if (offer.kind === 'expert' && help.experts && team?.channels.length) {
    return { headline, body: `${teamPhrase(team.name)} can help with this now by ${channelList(team.channels)}.`, action: 'Contact our team', view: 'expert', channel: 'panel' };
  }
  // The policy chose a tier: lead straight to it when the site has it.
  if (offer.kind === 'articles' && help.articles) return { headline, body: ARTICLES[trouble], action: 'See help articles', view: 'articles', channel: 'panel' };
  if (offer.kind === 'expert' && help.experts) return { headline, body: EXPERTS[trouble], action: 'Contact our team', view: 'expert', channel: 'panel' };
  // More than one way to help: the panel's home lists them; one way: straight to it.
  const ways = +help.chat + +help.articles + +help.experts;
  const body = help.chat ? MESSAGE[trouble] : help.articles ? ARTICLES[trouble] : EXPERTS[trouble];
  if (ways > 1) return { headline, body, action: 'Ask us', view: 'home', channel: 'panel' };
  if (help.chat) return { headline, body, action: 'Message us', view: 'chat', channel: 'panel' };
  if (help.articles) return { headline, body, action: 'See help articles', view: 'articles', channel: 'panel' };
  if (help.experts) return { headline, body, action: 'Contact our team', view: 'expert', channel: 'panel' };
  return undefined;
}
