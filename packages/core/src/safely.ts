/** Reports an error as an `error` event. */
export type Report = (code: string, error: unknown, path?: string) => void;

/** Wraps a function so that it reports instead of throwing. */
export type Safely = <A extends unknown[]>(fn: (...args: A) => unknown) => (...args: A) => void;

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A {@link Safely} that reports as `runtime` errors: nothing Heed does may throw into the page. */
export const safelyWith =
  (report: Report): Safely =>
  (fn) =>
  (...args) => {
    try {
      fn(...args);
    } catch (error) {
      report('runtime', error);
    }
  };
