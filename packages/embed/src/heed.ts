/**
 * The script-tag entry: `<script async src="/heed/heed.js" data-config="/heed.config.json">`, or,
 * built per site by `heed build` (build/siteBuild.mjs), `<script async src="/heed/heed.js">` with the
 * config compiled in. Replays calls queued on `window.heed` before load, then makes `window.heed`
 * the API object. Nothing else is added to the page's globals, and nothing here throws into the page.
 */
import { createHeed, type Heed } from '@heed/core';
import { internalsOf } from '@heed/core/internal';
import { mountTab } from '@heed/widget/internal';
import { detectors, pageConfig, tabClearance } from './entrySource.js';
import { replayQueue } from './replayQueue.js';

try {
  const win = window as Window & { heed?: Heed | unknown[] };
  const queue = win.heed;
  // Loaded twice: the first instance stays. A browser older than Heed's baseline (README, "Browsers";
  // constructable stylesheets are the newest thing it needs, Safari 16.4) keeps the queue, as when
  // heed.js is blocked: the page's calls stay queued and nothing throws.
  if (document.adoptedStyleSheets && (!queue || Array.isArray(queue))) {
    // Problems found before the API exists are emitted a microtask later, after the queued `on` calls.
    const report = (code: string, message: string) => {
      console.warn(`Heed: ${message}`);
      void Promise.resolve().then(() => internalsOf(heed).emit('error', { code, message }));
    };
    const heed = createHeed(pageConfig(report) as Parameters<typeof createHeed>[0], { detectors });
    replayQueue(heed, queue || [], report);
    win.heed = heed;
    const mount = () => mountTab(heed, internalsOf(heed), {}, tabClearance);
    if (document.body) mount();
    else document.addEventListener('DOMContentLoaded', mount, { once: true });
    void heed.ready.then(() => dispatchEvent(new CustomEvent('heed:ready', { detail: heed })));
  }
} catch (error) {
  // The page goes on without Heed; the reason is in the console for the site owner.
  console.warn('Heed:', error);
}
