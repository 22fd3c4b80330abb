import type { Group } from './lift/groupOf.js';

/** A tiny typed event emitter. Listener errors are handed to `onListenerError`, never thrown. */
export interface Emitter<Events> {
  /** Listeners receive the payload with the visitor's `group` on it. */
  on<K extends keyof Events>(name: K, callback: (payload: Events[K] & { group: Group }) => void): () => void;
  emit<K extends keyof Events>(name: K, payload: Events[K]): void;
  clear(): void;
  /** The visitor's group (SPEC §5.9), stamped on every payload emitted, so listeners and exports can split by it. */
  group: Group;
  /** Sees every event before its listeners: how the analytics forwarding arms itself and then forwards (analytics/). */
  tap?(name: keyof Events, payload: Events[keyof Events]): unknown;
}

export function createEmitter<Events>(onListenerError: (error: unknown, name: keyof Events) => void): Emitter<Events> {
  const listeners = new Map<keyof Events, Set<(payload: never) => void>>();
  const bus: Emitter<Events> = {
    group: 'heed',
    on(name, callback) {
      const set = listeners.get(name) || new Set();
      const entry = (payload: never) => callback(payload);
      listeners.set(name, set.add(entry));
      return () => void set.delete(entry);
    },
    emit(name, payload) {
      (payload as { group: Group }).group = bus.group;
      bus.tap?.(name, payload);
      // Copy so a listener that unsubscribes during the emit does not skip its neighbour.
      for (const listener of [...(listeners.get(name) || [])]) {
        try {
          listener(payload as never);
        } catch (error) {
          onListenerError(error, name);
        }
      }
    },
    clear() {
      listeners.clear();
      bus.tap = undefined;
    },
  };
  return bus;
}
