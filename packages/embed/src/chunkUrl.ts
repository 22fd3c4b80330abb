/**
 * Lazily loaded chunks live next to `heed.js`. The script's own URL is read once, while the
 * script runs (`document.currentScript` is only set then), and chunk URLs resolve against it.
 */
const base = (document.currentScript as HTMLScriptElement | null)?.src || location.href;

/** Chunk file names, filled in by rollup.config.mjs when it builds the chunks. */
declare const __HEED_CHUNKS__: Record<string, string>;

/**
 * Imports the chunk `name`. The URL goes through a variable on purpose: terser would otherwise
 * inline it as a sequence expression, which it then prints as a second `import()` argument.
 */
export function importChunk<T>(name: string): Promise<T> {
  const url: string = new URL(__HEED_CHUNKS__[name] || name, base).href;
  return import(/* webpackIgnore: true */ `${url}`) as Promise<T>;
}
