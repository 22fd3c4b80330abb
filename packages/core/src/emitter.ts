/** A tiny typed event emitter. Listener errors are handed to `onListenerError`, never thrown. */
export interface Emitter<Events> {
  on<K extends keyof Events>(name: K, callback: (payload: Events[K]) => void): () => void;
  emit<K extends keyof Events>(name: K, payload: Events[K]): void;
  clear(): void;
}

export function createEmitter<Events>(onListenerError: (error: unknown, name: keyof Events) => void): Emitter<Events> {
  const listeners = new Map<keyof Events, Set<(payload: never) => void>>();
  return {
    on(name, callback) {
      let set = listeners.get(name);
      if (!set) listeners.set(name, (set = new Set()));
      const entry = (payload: never) => callback(payload);
      set.add(entry);
      return () => void set.delete(entry);
    },
    emit(name, payload) {
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
    },
  };
}
