/**
 * Per-tab state that must survive page loads in multi-page sites (navigation history, recent
 * searches…). Lives in sessionStorage, which is per tab by design, under `heed:<prefix><key>`;
 * a memory copy serves where sessionStorage is missing or throws (sandboxed frames, quota).
 */
const kind = (value: unknown) => (Array.isArray(value) ? 'a' : typeof value);

export interface TabState {
  /**
   * The stored value, or `fallback` when there is none or it is not of the fallback's kind (array,
   * object, number, string): another script, an older version or a truncated write may have left
   * anything under Heed's keys, and a bad value must not stop a detector (issue #16).
   */
  get<T>(key: string, fallback?: T): T | undefined;
  set(key: string, value: unknown): void;
}

export function createTabState(useSessionStorage: boolean, prefix = ''): TabState {
  const memory = new Map<string, string>();
  const name = (key: string) => `heed:${prefix}${key}`;
  return {
    get<T>(key: string, fallback?: T) {
      let raw: string | false | null | undefined;
      try {
        raw = useSessionStorage && sessionStorage.getItem(name(key));
      } catch {
        // Missing or blocked: the memory copy below serves.
      }
      let value;
      try {
        value = JSON.parse(raw || memory.get(key) || 'null');
      } catch {
        // Not JSON: as if nothing were stored.
      }
      return value != null && (fallback === undefined || kind(value) === kind(fallback)) ? value : fallback;
    },
    set(key, value) {
      const raw = JSON.stringify(value);
      memory.set(key, raw);
      try {
        if (useSessionStorage) sessionStorage.setItem(name(key), raw);
      } catch {
        // Quota or privacy mode: the memory copy serves this page.
      }
    },
  };
}
