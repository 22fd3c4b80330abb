import type { Activity } from '../activity.js';
import type { PageRule, PolicyConfig } from '../config/configTypes.js';
import type { AvailableHelp } from '../help/availableHelp.js';
import type { Group, NeedState, Preferences } from '../types.js';
import { quietReason, type PolicyMemory } from './policyState.js';

/** Everything a rule may look at, gathered once per decision. */
export interface Decision {
  now: number;
  need: NeedState;
  memory: PolicyMemory;
  preferences: Preferences;
  policy: PolicyConfig;
  activity: Activity;
  /** The current page key and its `pages[]` rule. */
  page: string;
  pageRule: PageRule | undefined;
  /** This tab's id (stable across its reloads). */
  tab: string;
  /** Proactive offers on this page key in this tab this session. */
  pageOffers: number;
  /** The visitor has the panel open. */
  panelOpen: boolean;
  /** What help the config sets up. */
  help: AvailableHelp;
  /** The visitor's group (`policy.holdout`). */
  group: Group;
}

/** One restraint rule: when it holds, the offer is held back and `suppress { rule: name }` says so. */
export interface PolicyRule {
  name: string;
  holds(decision: Decision): boolean;
  /** A rule that lets go by itself (a timer runs out, typing pauses): decide again after this many ms. */
  retryIn?(decision: Decision): number;
  /** A sentence for the site owner, printed once to the console when the rule first holds. */
  note?: string;
}

/** The visitor chose "Only when I ask", or dismissed twice (quiet for `quietDaysAfterRepeatDismiss`). */
const quiet: PolicyRule = { name: 'quiet', holds: (d) => quietReason(d.memory, d.preferences, d.now, Infinity) === 'quiet' };

/** "No thanks" or Esc this session, or two ignored offers. */
const cooldown: PolicyRule = { name: 'cooldown', holds: (d) => quietReason(d.memory, d.preferences, d.now, Infinity) === 'cooldown' };

/** The page's rule says `proactive: false`. */
const page: PolicyRule = { name: 'page', holds: (d) => d.pageRule?.proactive === false };

/** The visitor already has the panel open: they are getting help. */
const open: PolicyRule = { name: 'open', holds: (d) => d.panelOpen };

/** Per page key (across reloads and query changes), per session, per week. */
const cap: PolicyRule = {
  name: 'cap',
  holds: ({ memory: { session, offers }, policy, pageOffers }) =>
    pageOffers >= policy.maxOffersPerPage || session.offers >= policy.maxOffersPerSession || offers.length >= policy.maxOffersPerWeek,
};

/**
 * Once, politely: the struggle that already brought an offer (carried to the next page of a
 * multi-page site, say) does not bring another; new evidence must.
 */
const repeat: PolicyRule = { name: 'repeat', holds: (d) => !d.need.reasons.some((signal) => signal.at > d.memory.lastOfferAt) };

/** One voice: another tab shows an offer. This tab's own earlier page (reloaded or left) is not another tab. */
const otherTab: PolicyRule = {
  name: 'other-tab',
  holds: (d) => d.memory.showingUntil > d.now && d.memory.showingTab !== d.tab,
  retryIn: (d) => d.memory.showingUntil - d.now,
};

const entryLeft = (d: Decision) => d.policy.minActiveSeconds * 1000 - d.activity.siteMs();
/** Not on entry: `minActiveSeconds` of active time on the site first. */
const entry: PolicyRule = { name: 'entry', holds: (d) => entryLeft(d) > 0, retryIn: entryLeft };

/** A natural pause: not while the visitor types, scrolls or drags. */
const typing: PolicyRule = { name: 'typing', holds: (d) => d.activity.isTyping() || d.activity.isBusy(), retryIn: () => 500 };

/** Never promise what is not there: no articles, no chat and no expert with a usable channel. */
const unavailable: PolicyRule = {
  name: 'unavailable',
  holds: (d) => !d.help.any,
  note: 'no proactive offer is made because the config sets up no help: add articles, a chat provider, or an expert with an email or booking link.',
};

/**
 * The holdout group (SPEC §5.9): last, so that `suppress { rule: 'holdout' }` marks exactly where an
 * offer would have appeared, which the lift report counts as "would have been offered".
 */
const holdout: PolicyRule = { name: 'holdout', holds: (d) => d.group === 'holdout' };

/**
 * The restraint rules in the order they are checked (the README's table): the first that holds
 * names the `suppress` event. Adding a rule is adding an entry.
 */
export const policyRules: readonly PolicyRule[] = [quiet, cooldown, page, open, cap, repeat, otherTab, entry, typing, unavailable, holdout];
