/**
 * Reads the site owner's config for the script tag: the URL in `data-config`, else an inline
 * `<script type="application/json" id="heed-config">`, else nothing (defaults). Resolves to the raw
 * JSON, or to `{}` after reporting why it could not be read; never rejects.
 */
export async function readPageConfig(script: HTMLScriptElement | null, report: (code: string, message: string) => void): Promise<unknown> {
  const url = script?.dataset.config;
  const inline = document.getElementById('heed-config');
  const source = url || '#heed-config';
  let text: string;
  // One wording for both failures (the codes tell them apart): the browser's reason says which,
  // "HTTP 404" or "Unexpected token … is not valid JSON".
  const fail = (code: string, error: unknown) => (report(code, `could not read config ${source} (${(error as Error).message}); using defaults`), {});
  // Fetch from a microtask, off the entry's top-level stack: when DevTools (or an automation tool)
  // records the initiator stack of a request, V8 would otherwise re-parse the whole of heed.js for
  // source positions, a few milliseconds of main thread at page load.
  await null;
  try {
    if (!url) text = inline?.textContent || '{}';
    else {
      // Cookies go along to the site's own origin only: fetch's default `credentials`.
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    }
  } catch (error) {
    return fail('config-fetch', error);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    return fail('config-parse', error);
  }
}
