import { completeConfigReporting } from '../config/completeConfig.js';
import type { Activity } from '../activity.js';
import type { PageRule, ResolvedConfig } from '../config/configTypes.js';
import type { Emitter } from '../emitter.js';
import type { ViewHandler } from '../internals.js';
import { availableHelp } from '../help/availableHelp.js';
import type { Store } from '../storage/createStore.js';
import type { HeedEvents, NeedState, OfferEvent, Preferences } from '../types.js';
import { chooseOffer, type OfferChoice } from './chooseOffer.js';
import { quietReason, readMemory, recordArticle, recordDismissal, restoreMemory, writeMemory, type PolicyMemory } from './policyState.js';
import { createPresence } from './presence.js';
import { policyRules, type Decision, type PolicyRule } from './rules.js';
import { thisTab } from './thisTab.js';

/** The restraint policy: decides whether `high` need becomes an offer. */
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
  /** The UI that shows offers, if one is attached. */
  view(): ViewHandler | undefined;
}

/**
 * Starts the policy. It listens for `need`, `dismiss` and `accept`, and emits `offer` or
 * `suppress { rule }` — each rule at most once per episode of high need. The rules are the table
 * in rules.ts, checked in order; when none holds, the escalation ladder (chooseOffer.ts) picks the
 * kind: a matching article, live chat if someone is there, the topic's team, else a nudge (and
 * `suppress { rule: 'unavailable' }` says why not chat). An offer nobody answers folds away after
 * `ignoreSeconds` as a soft dismissal.
 */
export function createPolicy(deps: PolicyDeps): Policy {
  const { bus, store, activity } = deps;
  // Articles, experts and chat are validated here, by the first chunk that reads them.
  const config = completeConfigReporting(deps.config, (code, message, path) => bus.emit('error', { code, message, path }));
  const { policy } = config;
  const sessionMs = policy.sessionMinutes * 6e4;
  const help = availableHelp(config);
  const tab = thisTab(config);
  const livePresence = createPresence(config);
  let channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('heed') : undefined;
  let memory: PolicyMemory | undefined;
  let need = deps.need();
  let said = new Set<string>();
  let noted = false;
  let showing: OfferEvent | undefined;
  let page = deps.page();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ignoreTimer: ReturnType<typeof setTimeout> | undefined;
  let count = 0;
  let panelOpen = false;

  // Every change goes to the store and to the other tabs, so a dismissal in one tab holds in all.
  // One change at a time, in order: `offer` is emitted while its change is being written, and a
  // dismissal that follows at once must not be overwritten by it (read-modify-write).
  let saving: Promise<unknown> = Promise.resolve();
  const remember = (change: (m: PolicyMemory) => void) => {
    const step = async () => {
      memory = await readMemory(store, sessionMs);
      change(memory);
      await writeMemory(store, memory);
      channel?.postMessage(memory);
    };
    // A failed write does not stop the ones after it.
    return (saving = saving.then(step, step));
  };

  const suppress = (rule: string) => {
    if (!said.has(rule)) bus.emit('suppress', { rule, reasons: need.reasons });
    said.add(rule);
  };
  const hold = (rule: PolicyRule, decision: Decision) => {
    suppress(rule.name);
    // Owner-facing, so the console and the debug overlay (which shows the suppress), never the visitor.
    if (rule.note && !noted) console.warn(`Heed: ${rule.note}`);
    noted ||= !!rule.note;
    if (rule.retryIn) {
      clearTimeout(timer);
      timer = setTimeout(decide, rule.retryIn(decision));
    }
  };
  const stillDue = () => need.level === 'high' && !showing;

  const decide = async () => {
    clearTimeout(timer);
    // The current reasons, not only those of the moment need turned high.
    need = deps.need();
    if (!stillDue()) return;
    const now = Date.now();
    memory = await readMemory(store, sessionMs, now);
    if (!stillDue()) return;
    const decision: Decision = { now, need, memory, preferences: deps.preferences(), policy, activity, page, pageRule: deps.rule(), tab: tab.id, pageOffers: tab.offersOn(page, memory.session.start), panelOpen, help, group: bus.group };
    const holding = policyRules.find((rule) => rule.holds(decision));
    if (holding) return hold(holding, decision);
    // Only offer live chat when someone is there; otherwise the nudge leads to "leave a message".
    const online = help.chat && (await livePresence());
    const choice = chooseOffer({
      need,
      config,
      help,
      pageTopic: decision.pageRule?.topic,
      opened: memory.opened,
      tried: !!memory.session.readArticle,
      online,
      now,
    });
    if (help.chat && !online && choice.kind !== 'articles') suppress('unavailable');
    if (stillDue()) await show(choice, decision);
  };

  const show = async (choice: OfferChoice, { now, page: shownOn }: Decision) => {
    const offer: OfferEvent = { id: `offer-${now.toString(36)}-${++count}`, reasons: need.reasons, ...choice };
    showing = offer;
    // Not seen, not offered: the page hid or removed Heed's element (the UI reports why, once).
    if (!(await (deps.view()?.present(offer) ?? true))) {
      showing = undefined;
      return suppress('hidden');
    }
    ignoreTimer = setTimeout(() => bus.emit('dismiss', { id: offer.id, how: 'timeout' }), policy.ignoreSeconds * 1000);
    const saved = remember((m) => {
      m.offers.push(now);
      m.session.offers++;
      m.showingUntil = now + policy.ignoreSeconds * 1000;
      m.showingTab = tab.id;
      tab.count(shownOn, m.session.start);
      m.lastOfferAt = now;
    });
    // The card is on screen now: say so at once, while the device remembers it.
    bus.emit('offer', offer);
    await saved;
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
      close((m) => recordDismissal(m, how, Date.now(), policy.quietDaysAfterRepeatDismiss));
    }),
    // Each new signal while need stays high is another moment to decide (or to say why not).
    bus.on('signal', () => need.level === 'high' && void decide()),
    bus.on('accept', ({ id, channel }) => {
      if (id !== showing?.id) return;
      const url = showing.article?.url;
      if (channel !== 'article' || !url || !memory) return close();
      // The visitor follows the link and this page goes: write at once, before the next page loads.
      recordArticle(memory, url);
      memory.showingUntil = 0;
      void writeMemory(store, memory);
      close((m) => recordArticle(m, url));
    }),
    bus.on('open', () => (panelOpen = true)),
    bus.on('close', () => (panelOpen = false)),
    bus.on('page', (event) => (page = event.page)),
  ];
  if (channel) {
    channel.onmessage = ({ data }: MessageEvent<unknown>) => {
      // Any script of the site can post on this channel: read what comes through the same shape check as the store.
      memory = restoreMemory(data, sessionMs, Date.now());
      // With session or memory storage the store is per tab: keep this tab's copy in step.
      if (!deps.shared) void writeMemory(store, memory);
      if (need.level === 'high' && !memory.showingUntil) void decide();
    };
  }
  // Catch up with what an earlier page of this session remembered, then judge the need as it is now.
  void readMemory(store, sessionMs).then((m) => {
    memory ||= m;
    if (need.level === 'high') void decide();
  });

  return {
    snapshot: () => ({ offersShown: memory?.session.offers ?? 0, quiet: !!quietReason(memory, deps.preferences(), Date.now(), sessionMs) }),
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
