export type Timer = ReturnType<typeof setTimeout>;

/** Timeouts the chat client owns, so closing it stops every one of them at once. */
export interface Timers {
  later(fn: () => void, ms: number): Timer;
  cancel(id: Timer | undefined): void;
  clear(): void;
}

export function createTimers(): Timers {
  const pending = new Set<Timer>();
  return {
    later(fn, ms) {
      const id = setTimeout(() => {
        pending.delete(id);
        fn();
      }, ms);
      pending.add(id);
      return id;
    },
    cancel(id) {
      if (id === undefined) return;
      clearTimeout(id);
      pending.delete(id);
    },
    clear() {
      pending.forEach(clearTimeout);
      pending.clear();
    },
  };
}
