import { createActivity, type Activity } from './activity.js';
import { forwardOnDemand } from './analytics/forwardOnDemand.js';
import type { HeedConfig, ResolvedConfig } from './config/configTypes.js';
import { reportLater } from './config/reportLater.js';
import { checkEntryConfig } from './config/resolveConfig.js';
import type { Detector } from './detectors/defineDetector.js';
import { createEmitter } from './emitter.js';
import { registerInternals, type ViewHandler } from './internals.js';
import { deviceGroup } from './lift/deviceGroup.js';
import { createNeedModel, type NeedModel } from './need/createNeedModel.js';
import { quietReason, savedMemory, type PolicyMemory } from './policy/policyState.js';
import type { PolicyDeps } from './policy/createPolicy.js';
import { startPolicyOnNeed, type PolicySlot } from './policy/startPolicyOnNeed.js';
import { globMatch } from './route/pageKey.js';
import { trackRoutes, type RouteTracker } from './route/trackRoutes.js';
import { messageOf, safelyWith } from './safely.js';
import { startDetector, type SharedContext } from './startDetector.js';
import { createStore } from './storage/createStore.js';
import { createTabState } from './storage/tabState.js';
import type { Heed, HeedEvents, PanelView, Preferences, SignalEvent, SignalType } from './types.js';

/** Options for {@link createHeed}. */
/** Error events one page may emit. */
const MAX_REPORTS = 50;

export interface CreateHeedOptions {
  /** Detectors to run. `@heed/core` exports `builtInDetectors`, every built-in one. @default [] */
  detectors?: Detector[];
}

/**
 * Creates a Heed instance. `config` may be the config object or a promise of the raw JSON (the
 * script tag passes its fetch). Validation problems become `error` events, never exceptions.
 * Outside a browser (SSR) the instance is inert: no listeners, no timers.
 */
export function createHeed(config?: HeedConfig | PromiseLike<unknown>, options: CreateHeedOptions = {}): Heed {
  const bus = createEmitter<HeedEvents>((error, name) => name !== 'error' && report('listener', `a '${name}' listener threw: ${messageOf(error)}`));
  // Once per cause, and at most MAX_REPORTS a page: a detector failing on every event, or 10,000
  // bad page rules, must not flood the site's error tracking (issue #16: 20,001 events).
  const reported = new Set<string>();
  const report = (code: string, error: unknown, path?: string) => {
    const message = messageOf(error);
    const before = reported.size;
    if (before < MAX_REPORTS && reported.add(message).size > before) bus.emit('error', { code, message, path });
  };
  let resolved: ResolvedConfig = checkEntryConfig({}).config;
  let preferences: Preferences = { proactive: 'on' };
  let destroyed = false;
  let activity: Activity | undefined;
  let routes: RouteTracker | undefined;
  let need: NeedModel | undefined;
  let view: ViewHandler | undefined;
  let pendingOpen: PanelView | undefined;
  let store = createStore('memory');
  let policy: PolicySlot | undefined;
  // What an earlier page or tab remembered, for `state().quiet` until the policy has loaded.
  let memory: PolicyMemory | undefined;
  const cleanups: Array<() => void> = [];
  const safely = safelyWith(report);

  // Where each signal happened, for anchoring offers; weak so detached elements are collected.
  const anchors = new WeakMap<SignalEvent, Element>();
  const emitSignal = (type: SignalType, detail: Record<string, unknown>, evidence = 1, weight?: number, anchor?: Element | null) => {
    if (destroyed) return;
    const weights = resolved.signals.weights;
    const event: SignalEvent = { type, weight: weight ?? weights[type] ?? (type.startsWith('custom:') ? weights.custom : 1), at: Date.now(), detail };
    if (anchor) anchors.set(event, anchor);
    bus.emit('signal', event);
    need?.add(event, evidence);
  };

  const currentRule = () => resolved.pages.find((rule) => globMatch(rule.match, routes!.current().page));

  // A goal counts once per page view, whether a `goals[]` page or `heed.goal()` reached it.
  let reached: string[] = [];
  const goal = (name: string) => reached.includes(name) || (reached.push(name), bus.emit('goal', { name }));

  const start = async (raw: unknown) => {
    const { config: checked, problems } = checkEntryConfig(raw);
    resolved = checked;
    // `ready` waits for the reports.
    const explained = reportLater(problems, report, MAX_REPORTS);
    if (typeof document === 'undefined' || destroyed) return;
    const { privacy, signals } = resolved;
    const persist = privacy.storage !== 'memory';
    // Before the first event of the page, so that every event carries the visitor's group.
    bus.group = deviceGroup(resolved.policy.holdout, persist);
    const tab = createTabState(persist);
    store = createStore(privacy.storage);
    activity = createActivity(signals.dwell.activeSeconds * 1000, tab);
    need = createNeedModel(signals, (state) => bus.emit('need', state), tab);
    // What the lazy chunks (the policy, the analytics forwarding) are given when they load.
    const deps = (): PolicyDeps => ({
      config: resolved,
      bus,
      store,
      activity: activity!,
      preferences: () => preferences,
      rule: currentRule,
      page: () => routes!.current().page,
      need: () => need!.current(),
      shared: privacy.storage === 'indexeddb',
      view: () => view,
    });
    // Forwarding listens before the first page event: a goal page is reached on load.
    // `analytics` is as written here, if written at all (a lazy key: the analytics chunk checks it).
    if ((resolved.analytics as { forward?: unknown[] } | undefined)?.forward?.length) forwardOnDemand(bus, deps, report);
    routes = trackRoutes(tab, (page) => {
      bus.emit('page', page);
      reached = [];
      for (const { match, name } of resolved.goals) if (globMatch(match, page.page)) goal(name);
    });
    policy = startPolicyOnNeed(bus, deps, report);
    cleanups.push(activity.stop, need.stop, routes.stop, policy.stop);
    // Need carried over from the previous page of a multi-page site, once everything listens.
    need.resume();
    // What every detector's context shares; startDetector adds the per-detector parts.
    const shared: SharedContext = {
      config: resolved,
      emit: (type, detail, opts) => emitSignal(type, detail, opts?.evidence, opts?.weight, opts?.anchor),
      page: () => routes!.current(),
      rule: currentRule,
      activity,
    };
    for (const detector of options.detectors || []) if (!signals.disabled.includes(detector.name)) cleanups.push(startDetector(detector, shared, bus, safely, report));
    let saved: Preferences | undefined;
    [saved, memory] = await Promise.all([store.get<Preferences>('preferences'), savedMemory(store), explained]);
    if (saved?.proactive === 'ask-only') preferences = saved;
  };

  const ready = Promise.resolve(config)
    .then(start)
    .catch((error) => report('runtime', error));

  const heed: Heed = {
    on: (name, callback) => bus.on(name, callback),
    signal: safely((type: SignalType, detail: Record<string, unknown> = {}) => {
      if (!/^(custom:.|[a-z-]+$)/.test(type)) throw new TypeError(`bad signal type ${type}`);
      void ready.then(() => emitSignal(type, { ...detail, source: 'site' }));
    }),
    page: safely((url?: string) => void ready.then(() => routes?.report(url ?? location.href))),
    // Never throws: nothing runs before `ready`.
    goal: (name: string) => void ready.then(() => goal(name)),
    open: safely((panel: PanelView = 'home') => (view ? view.open(panel, 'api') : (pendingOpen = panel))),
    close: safely(() => view?.close('api')),
    state: () => ({
      need: need?.current() ?? { level: 'none', score: 0, reasons: [] },
      offersShown: 0,
      quiet: !!quietReason(memory, preferences, Date.now(), resolved.policy.sessionMinutes * 6e4),
      ...policy?.current()?.snapshot(),
      preferences: { ...preferences },
      group: bus.group,
    }),
    preferences: {
      async set({ proactive }) {
        if (proactive !== 'on' && proactive !== 'ask-only') return report('preferences', `bad proactive ${proactive}`);
        preferences = { proactive };
        await ready;
        await store.set('preferences', preferences);
      },
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      while (cleanups.length) safely(cleanups.pop()!)();
      bus.clear();
    },
    ready: ready.then(() => {}),
  };

  registerInternals(heed, {
    emit: bus.emit,
    config: () => resolved,
    store: () => store,
    activity: () => activity,
    anchorOf: (signal) => anchors.get(signal),
    attachView(handler) {
      view = handler;
      if (pendingOpen) handler.open(pendingOpen, 'api');
      pendingOpen = undefined;
      return () => view === handler && (view = undefined);
    },
    onDestroy: (cleanup) => void cleanups.unshift(cleanup),
    report,
  });
  return heed;
}
