/** Cancels a timeout made by `later` (a no-op once it ran). */
export type Cancel = () => void;
/** Runs `fn` after `ms`, unless the returned function is called first. */
export type Later = (fn: () => void, ms: number) => Cancel;

/** Timeouts the chat client owns, so closing it stops every one of them at once. */
export function createTimers(): { later: Later; clear(): void } {
  const pending = new Set<ReturnType<typeof setTimeout>>();
  return {
    later(fn, ms) {
      const id = setTimeout(() => {
        pending.delete(id);
        fn();
      }, ms);
      pending.add(id);
      return () => {
        clearTimeout(id);
        pending.delete(id);
      };
    },
    clear() {
      pending.forEach(clearTimeout);
      pending.clear();
    },
  };
}
