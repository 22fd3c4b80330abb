/**
 * Per-tab state that must survive page loads in multi-page sites (navigation history, recent
 * searches…). Lives in sessionStorage, which is per tab by design, under `heed:<prefix><key>`;
 * a memory copy serves where sessionStorage is missing or throws (sandboxed frames, quota).
 */
export interface TabState {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
}

export function createTabState(useSessionStorage: boolean, prefix = ''): TabState {
  const memory = new Map<string, string>();
  const name = (key: string) => `heed:${prefix}${key}`;
  return {
    get<T>(key: string) {
      let raw: string | false | null | undefined;
      try {
        raw = useSessionStorage && sessionStorage.getItem(name(key));
      } catch {
        // Missing or blocked: the memory copy below serves.
      }
      try {
        return JSON.parse(raw || memory.get(key) || 'null') ?? undefined;
      } catch {
        return undefined as T | undefined;
      }
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
