import type { Detector, DetectorContext } from './detectors/defineDetector.js';
import type { Emitter } from './emitter.js';
import { messageOf, type Report, type Safely } from './safely.js';
import { createTabState } from './storage/tabState.js';
import type { HeedEvents } from './types.js';

/** The part of a detector's context that is the same for every detector of an instance. */
export type SharedContext = Pick<DetectorContext, 'config' | 'emit' | 'page' | 'rule' | 'activity'>;

/**
 * Starts one detector with its own context and returns the function that undoes everything it
 * registered through it. Its listeners, timers and subscriptions report instead of throwing, and
 * a detector that fails to start is reported as `detector` and left out.
 */
export function startDetector(detector: Detector, shared: SharedContext, bus: Emitter<HeedEvents>, safely: Safely, report: Report): () => void {
  // A set, so a timer that ran or was cancelled leaves it: the list does not grow with every keystroke.
  const undo = new Set<() => void>();
  const context: DetectorContext = {
    ...shared,
    on: (name, callback) => {
      const off = bus.on(name, safely(callback));
      undo.add(off);
      return off;
    },
    tab: createTabState(shared.config.privacy.storage !== 'memory', `${detector.name}:`),
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
  return () => [...undo].forEach((fn) => fn());
}
