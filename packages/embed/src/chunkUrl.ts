/**
 * Lazily loaded chunks live next to `heed.js`. The script's own URL is read once, while the
 * script runs (`document.currentScript` is only set then), and chunk URLs resolve against it.
 */
const base = (document.currentScript as HTMLScriptElement | null)?.src || location.href;

/** The hash in each chunk's file name (`heed-<name>-<hash>.js`), filled in by the build (plugins.mjs). */
declare const __HEED_CHUNKS__: Record<string, string>;

/**
 * Imports the chunk `name`. The URL goes through a variable on purpose: terser would otherwise
 * inline it as a sequence expression, which it then prints as a second `import()` argument.
 */
export function importChunk<T>(name: string): Promise<T> {
  const url: string = new URL(`heed-${name}-${__HEED_CHUNKS__[name]}.js`, base).href;
  return import(/* webpackIgnore: true */ `${url}`) as Promise<T>;
}
