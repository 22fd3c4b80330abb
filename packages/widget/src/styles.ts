/**
 * Styles of the tab, shared by every page that runs Heed; kept small because they ship in the
 * script-tag entry. Colours and font come from custom properties a site can set on `heed-help`.
 * Edges are logical (`inset-inline-end`…): in Arabic and Hebrew the tab sits on the mirrored edge.
 * (The safe-area insets stay physical: CSS has no logical form of `env()`.)
 * The tab's transparent outline is drawn only in forced colours, which take away its fill and shadow.
 */
export const tabCss =
  ':host{all:initial;position:fixed;z-index:var(--heed-z);--heed-accent:#1d4ed8;--heed-on-accent:#fff;--heed-bg:#fff;--heed-fg:#111827;--heed-muted:#4b5563;' +
  '--heed-font:system-ui,sans-serif;--heed-radius:12px;font:15px/1.4 var(--heed-font);color:var(--heed-fg)}' +
  '@media(prefers-color-scheme:dark){:host{--heed-bg:#1f2937;--heed-fg:#f9fafb;--heed-muted:#d1d5db}}' +
  '*{box-sizing:border-box}' +
  '.tab{position:fixed;bottom:calc(96px + env(safe-area-inset-bottom));min-height:44px;padding:10px 16px;border:0;outline:2px solid #0000;border-radius:var(--heed-radius);' +
  'background:var(--heed-accent);color:var(--heed-on-accent);font:600 15px var(--heed-font);cursor:pointer;box-shadow:0 2px 8px #0004}' +
  '.tab:focus-visible{outline:3px solid var(--heed-fg);outline-offset:2px}' +
  '.right{inset-inline-end:0;border-start-end-radius:0;border-end-end-radius:0;padding-inline-end:max(16px,env(safe-area-inset-right))}' +
  '.left{inset-inline-start:0;border-start-start-radius:0;border-end-start-radius:0;padding-inline-start:max(16px,env(safe-area-inset-left))}' +
  '.bottom{bottom:0;inset-inline-end:24px;border-end-start-radius:0;border-end-end-radius:0;padding-bottom:max(10px,env(safe-area-inset-bottom))}' +
  '.hint{box-shadow:0 0 0 4px var(--heed-bg),0 0 0 6px var(--heed-accent)}' +
  '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}';

/**
 * Adds a stylesheet to `root` (a constructable one, so it works under a strict CSP) and returns
 * a function that replaces its text.
 */
export function adoptCss(root: ShadowRoot, css: string): (next: string) => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return (next) => sheet.replaceSync(next);
  } catch {
    // Browsers without constructable stylesheets (Safari < 16.4).
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
    return (next) => void (style.textContent = next);
  }
}
