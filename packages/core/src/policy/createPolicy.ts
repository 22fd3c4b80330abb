import type { Activity } from '../activity.js';
import type { ResolvedConfig } from '../config/configTypes.js';
import type { Emitter } from '../emitter.js';
import type { Store } from '../storage/createStore.js';
import type { PageRule } from '../config/configTypes.js';
import type { HeedEvents, NeedState, OfferEvent, Preferences } from '../types.js';
import { chatAvailability } from '../chat/availability.js';
import { readMemory, writeMemory, type PolicyMemory } from './policyState.js';

/** The restraint policy (SPEC §5): decides whether `high` need becomes an offer. */
export interface Policy {
  /** Proactive offers shown in this session, and whether the policy is keeping quiet. */
  snapshot(): { offersShown: number; quiet: boolean };
  stop(): void;
}

export interface PolicyDeps {
  config: ResolvedConfig;
  bus: Emitter<HeedEvents>;
  store: Store;
  activity: Activity;
  preferences(): Preferences;
  rule(): PageRule | undefined;
  page(): string;
  /** The need level when the policy starts (it loads on first need). */
  need(): NeedState;
  /** The store is shared by the site's tabs (IndexedDB); otherwise tabs keep copies in step. */
  shared: boolean;
}


/** How long an answer about who is online holds. */
const PRESENCE_TTL_MS = 30_000;
/** How long a decision waits for that answer. */
const PRESENCE_WAIT_MS = 80;

/**
 * Starts the policy. It listens for `need`, `dismiss` and `accept`, and emits `offer` or
 * `suppress { rule }` — each rule at most once per episode of high need. Rules, in order:
 * quiet (visitor chose "Only when I ask", or 30 days after a repeat dismissal), cooldown (dismissed
 * this session), page (`proactive: false`), open (the panel is already open), cap (per page,
 * session, week), repeat (no signal newer than the last offer), other-tab (one offer at
 * a time across tabs), entry (`minActiveSeconds` of active time on the site), typing (waits for the
 * first pause in typing, scrolling or dragging). An offer nobody answers folds away after
 * `ignoreSeconds` as a soft dismissal.
 */
export function createPolicy(deps: PolicyDeps): Policy {
  const { config, bus, store, activity } = deps;
  const { policy } = config;
  const sessionMs = policy.sessionMinutes * 6e4;
  let channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('heed') : undefined;
  let memory: PolicyMemory | undefined;
  let need = deps.need();
  let said = new Set<string>();
  let showing: OfferEvent | undefined;
  let pageOffers = 0;
  let page = deps.page();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ignoreTimer: ReturnType<typeof setTimeout> | undefined;
  let count = 0;
  let panelOpen = false;

  // Every change goes to the store and to the other tabs, so a dismissal in one tab holds in all.
  const remember = async (change: (m: PolicyMemory) => void) => {
    memory = await readMemory(store, sessionMs);
    change(memory);
    await writeMemory(store, memory);
    channel?.postMessage(memory);
  };
  const quietNow = () =>
    deps.preferences().proactive === 'ask-only' || (memory ? memory.quietUntil > Date.now() || memory.session.dismissed : false);

  // Who is online is asked as the policy starts (first need, usually long before high) and again
  // once the answer is PRESENCE_TTL_MS old. A decision waits at most PRESENCE_WAIT_MS for it: a slow
  // relay turns the offer into a nudge rather than holding it back (SPEC §9: ≤ 100 ms).
  let presence: { at: number; live: Promise<boolean> } | undefined;
  const askPresence = (): Promise<boolean> => {
    if (!presence || Date.now() - presence.at > PRESENCE_TTL_MS) presence = { at: Date.now(), live: chatAvailability(config).then((found) => found.live) };
    return presence.live;
  };
  if (config.chat.provider !== 'none') void askPresence();

  const suppress = (rule: string) => {
    if (!said.has(rule)) bus.emit('suppress', { rule, reasons: need.reasons });
    said.add(rule);
  };
  const retryIn = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(decide, ms);
  };

  const decide = async () => {
    clearTimeout(timer);
    // The current reasons, not only those of the moment need turned high.
    need = deps.need();
    if (need.level !== 'high' || showing) return;
    const now = Date.now();
    memory = await readMemory(store, sessionMs, now);
    if (need.level !== 'high' || showing) return;
    const rule = deps.rule();
    if (deps.preferences().proactive === 'ask-only' || memory.quietUntil > now) return suppress('quiet');
    if (memory.session.dismissed) return suppress('cooldown');
    if (rule && !rule.proactive) return suppress('page');
    // The visitor already has the panel open: they are getting help.
    if (panelOpen) return suppress('open');
    if (pageOffers >= policy.maxOffersPerPage || memory.session.offers >= policy.maxOffersPerSession || memory.offers.length >= policy.maxOffersPerWeek) {
      return suppress('cap');
    }
    // Once, politely: the struggle that already brought an offer (carried to the next page of a
    // multi-page site, say) does not bring another; new evidence must.
    if (!need.reasons.some((signal) => signal.at > memory!.lastOfferAt)) return suppress('repeat');
    if (memory.showingUntil > now) {
      suppress('other-tab');
      return retryIn(memory.showingUntil - now);
    }
    const entryLeft = policy.minActiveSeconds * 1000 - activity.siteMs();
    if (entryLeft > 0) {
      suppress('entry');
      return retryIn(entryLeft);
    }
    if (activity.isTyping() || activity.isBusy()) {
      suppress('typing');
      return retryIn(500);
    }
    let kind: OfferEvent['kind'] = 'nudge';
    if (config.chat.provider !== 'none') {
      // Only offer live chat when someone is there (SPEC §5 rule 7); otherwise the nudge leads to "leave a message".
      const live = await Promise.race([askPresence(), new Promise<boolean>((done) => setTimeout(done, PRESENCE_WAIT_MS, false))]);
      if (live) kind = 'chat';
      else suppress('unavailable');
    }
    if (need.level !== 'high' || showing) return;
    const offer: OfferEvent = { id: `offer-${now.toString(36)}-${++count}`, kind, reasons: need.reasons, topic: rule?.topic };
    showing = offer;
    pageOffers++;
    ignoreTimer = setTimeout(() => bus.emit('dismiss', { id: offer.id, how: 'timeout' }), policy.ignoreSeconds * 1000);
    await remember((m) => {
      m.offers.push(now);
      m.session.offers++;
      m.showingUntil = now + policy.ignoreSeconds * 1000;
      m.lastOfferAt = now;
    });
    bus.emit('offer', offer);
  };

  const close = (change?: (m: PolicyMemory) => void) => {
    clearTimeout(ignoreTimer);
    showing = undefined;
    void remember((m) => {
      m.showingUntil = 0;
      change?.(m);
    });
  };

  const offs = [
    bus.on('need', (state) => {
      need = state;
      if (state.level !== 'high') {
        said = new Set();
        clearTimeout(timer);
      } else void decide();
    }),
    bus.on('dismiss', ({ id, how }) => {
      if (id !== showing?.id) return;
      close((m) => {
        // "No thanks" or Esc quiets the session, a second one the device for weeks; an ignored
        // offer is a soft dismissal, and two of them quiet the session.
        if (how === 'timeout') m.session.dismissed ||= ++m.session.ignored >= 2;
        else {
          m.session.dismissed = true;
          m.dismissals.push(Date.now());
          if (m.dismissals.length >= 2) m.quietUntil = Date.now() + policy.quietDaysAfterRepeatDismiss * 864e5;
        }
      });
    }),
    // Each new signal while need stays high is another moment to decide (or to say why not).
    bus.on('signal', () => need.level === 'high' && void decide()),
    bus.on('accept', ({ id }) => id === showing?.id && close()),
    bus.on('open', () => (panelOpen = true)),
    bus.on('close', () => (panelOpen = false)),
    bus.on('page', (event) => {
      if (event.page === page) return;
      page = event.page;
      pageOffers = 0;
    }),
  ];
  if (channel) {
    channel.onmessage = ({ data }: MessageEvent<PolicyMemory>) => {
      memory = data;
      // With session or memory storage the store is per tab: keep this tab's copy in step.
      if (!deps.shared) void writeMemory(store, data);
      if (need.level === 'high' && !data.showingUntil) void decide();
    };
  }
  // Catch up with what an earlier page of this session remembered, then judge the need as it is now.
  void readMemory(store, sessionMs).then((m) => {
    memory ||= m;
    if (need.level === 'high') void decide();
  });

  return {
    snapshot: () => ({ offersShown: memory?.session.offers ?? 0, quiet: quietNow() }),
    stop() {
      offs.forEach((off) => off());
      clearTimeout(timer);
      clearTimeout(ignoreTimer);
      channel?.close();
      // Writes still under way after stop() must not post to a closed channel.
      channel = undefined;
    },
  };
}

