import type { Emitter } from '../emitter.js';
import type { Report } from '../safely.js';
import type { HeedEvents } from '../types.js';
import type { Policy, PolicyDeps } from './createPolicy.js';
import { loadPolicy } from './loadPolicy.js';

/** The policy of an instance, once loaded. */
export interface PolicySlot {
  /** Undefined until the policy chunk has loaded (first need). */
  current(): Policy | undefined;
  stop(): void;
}

/**
 * The policy only acts on high need, so it loads, as its own chunk, on the first `need` above
 * `none`. `deps` is read then, when config, store and routes exist. A chunk that fails to load is
 * reported as `chunk-load`; the tab keeps working without proactive offers.
 */
export function startPolicyOnNeed(bus: Emitter<HeedEvents>, deps: () => PolicyDeps, report: Report): PolicySlot {
  let policy: Policy | undefined;
  let stopped = false;
  const offNeed = bus.on('need', ({ level }) => {
    if (level === 'none') return;
    offNeed();
    loadPolicy().then(({ createPolicy }) => {
      if (!stopped) policy = createPolicy(deps());
    }, (error) => report('chunk-load', error));
  });
  return {
    current: () => policy,
    stop() {
      stopped = true;
      offNeed();
      policy?.stop();
    },
  };
}
