import { createActivity, type Activity } from './activity.js';
import type { HeedConfig, ResolvedConfig } from './config/configTypes.js';
import { resolveConfig } from './config/resolveConfig.js';
import type { Detector, DetectorContext } from './detectors/defineDetector.js';
import { createEmitter } from './emitter.js';
import { registerInternals, type ViewHandler } from './internals.js';
import { createNeedModel, type NeedModel } from './need/createNeedModel.js';
import type { Policy } from './policy/createPolicy.js';
import { loadPolicy } from './policy/loadPolicy.js';
import { globMatch } from './route/pageKey.js';
import { trackRoutes, type RouteTracker } from './route/trackRoutes.js';
import { createStore } from './storage/createStore.js';
import { createTabState } from './storage/tabState.js';
import type { PolicyMemory } from './policy/policyState.js';
import type { Heed, HeedEvents, PanelView, Preferences, SignalEvent, SignalType } from './types.js';

/** Options for {@link createHeed}. */
export interface CreateHeedOptions {
  /** Detectors to run. `@heed/core` exports `builtInDetectors`, every built-in one. @default [] */
  detectors?: Detector[];
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Creates a Heed instance. `config` may be the config object or a promise of the raw JSON (the
 * script tag passes its fetch). Validation problems become `error` events, never exceptions.
 * Outside a browser (SSR) the instance is inert: no listeners, no timers.
 */
export function createHeed(config?: HeedConfig | PromiseLike<unknown>, options: CreateHeedOptions = {}): Heed {
  const bus = createEmitter<HeedEvents>((error, name) => name !== 'error' && report('listener', `a '${name}' listener threw: ${messageOf(error)}`));
  const report = (code: string, error: unknown, path?: string) => bus.emit('error', { code, message: messageOf(error), path });
  let resolved: ResolvedConfig = resolveConfig({}).config;
  let preferences: Preferences = { proactive: 'on' };
  let destroyed = false;
  let activity: Activity | undefined;
  let routes: RouteTracker | undefined;
  let need: NeedModel | undefined;
  let view: ViewHandler | undefined;
  let pendingOpen: PanelView | undefined;
  let store = createStore('memory');
  let policy: Policy | undefined;
  let policyLoading: Promise<unknown> | undefined;
  // What an earlier page or tab remembered: a repeat dismissal's quiet period, this session's dismissal.
  let quietUntil = 0;
  const cleanups: Array<() => void> = [];
  // Runs `fn`, reporting instead of throwing: nothing Heed does may throw into the page.
  const safely = <A extends unknown[]>(fn: (...args: A) => unknown) => (...args: A) => {
    try {
      fn(...args);
    } catch (error) {
      report('runtime', error);
    }
  };

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

  const startDetector = (detector: Detector) => {
    // A set, so a timer that ran or was cancelled leaves it: the list does not grow with every keystroke.
    const undo = new Set<() => void>();
    const context: DetectorContext = {
      config: resolved,
      emit: (type, detail, opts) => emitSignal(type, detail, opts?.evidence, opts?.weight, opts?.anchor),
      on: (name, callback) => {
        const off = bus.on(name, safely(callback));
        undo.add(off);
        return off;
      },
      page: () => routes!.current(),
      rule: currentRule,
      activity: activity!,
      tab: createTabState(resolved.privacy.storage !== 'memory', `${detector.name}:`),
      listen(target, type, handler, opts) {
        const guarded = safely(handler);
        const listenerOptions = { passive: true, capture: true, ...opts };
        target.addEventListener(type, guarded, listenerOptions);
        undo.add(() => target.removeEventListener(type, guarded, listenerOptions));
      },
      later(callback, ms) {
        const id = setTimeout(() => {
          undo.delete(cancel);
          safely(callback)();
        }, ms);
        const cancel = () => {
          undo.delete(cancel);
          clearTimeout(id);
        };
        undo.add(cancel);
        return cancel;
      },
    };
    try {
      const stop = detector.start(context);
      if (stop) undo.add(stop);
    } catch (error) {
      report('detector', `${detector.name}: ${messageOf(error)}`);
    }
    cleanups.push(() => [...undo].forEach((fn) => fn()));
  };

  const start = async (raw: unknown) => {
    const { config: checked, problems } = resolveConfig(raw);
    resolved = checked;
    for (const { path, message } of problems) {
      console.warn(`Heed: config ${path} ${message}`);
      report('config-invalid', `config ${path} ${message}`, path);
    }
    if (typeof document === 'undefined' || destroyed) return;
    const { privacy, signals } = resolved;
    const tab = createTabState(privacy.storage !== 'memory');
    store = createStore(privacy.storage);
    activity = createActivity(signals.dwell.activeSeconds * 1000, tab);
    need = createNeedModel(signals, (state) => bus.emit('need', state), tab);
    routes = trackRoutes(tab, (page) => bus.emit('page', page));
    cleanups.push(activity.stop, need.stop, routes.stop);
    // The policy only acts on high need: it loads, as its own chunk, on first need.
    const offNeed = bus.on('need', ({ level }) => {
      if (level === 'none' || policyLoading) return;
      offNeed();
      policyLoading = loadPolicy().then(({ createPolicy }) => {
        if (destroyed) return;
        policy = createPolicy({
          config: resolved,
          bus,
          store,
          activity: activity!,
          preferences: () => preferences,
          rule: currentRule,
          page: () => routes!.current().page,
          need: () => need!.current(),
          shared: privacy.storage === 'indexeddb',
        });
        cleanups.push(policy.stop);
      }, (error) => report('chunk-load', error));
    });
    cleanups.push(offNeed);
    // Need carried over from the previous page of a multi-page site, once everything listens.
    need.resume();
    for (const detector of options.detectors || []) if (!signals.disabled.includes(detector.name)) startDetector(detector);
    const [saved, memory] = await Promise.all([store.get<Preferences>('preferences'), store.get<PolicyMemory>('policy')]);
    if (saved?.proactive === 'ask-only') preferences = saved;
    if (memory) quietUntil = Math.max(memory.quietUntil, memory.session.dismissed && Date.now() - memory.session.last < resolved.policy.sessionMinutes * 6e4 ? Infinity : 0);
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
    open: safely((panel: PanelView = 'home') => (view ? view.open(panel, 'api') : (pendingOpen = panel))),
    close: safely(() => view?.close('api')),
    state: () => ({
      need: need?.current() ?? { level: 'none', score: 0, reasons: [] },
      offersShown: 0,
      quiet: preferences.proactive === 'ask-only' || quietUntil > Date.now(),
      ...policy?.snapshot(),
      preferences: { ...preferences },
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
