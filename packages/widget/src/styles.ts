/**
 * Styles of the tab, shared by every page that runs Heed; kept small because they ship in the
 * script-tag entry. Colours and font come from custom properties a site can set on `heed-help`;
 * the panel's colours (`--heed-bg`, `--heed-fg`, `--heed-muted`, light and dark) get their defaults
 * with the panel (panelCss.ts), as only its chunk paints with them: the tab's focus ring and hint
 * gap fall back to the system's `CanvasText` and `Canvas`, which follow the visitor's scheme.
 * A button's box is its border box (browsers' own style), so the tab's 44 px minimum includes its
 * padding; the panel's sheet sets the same for everything else.
 * Edges are logical (`inset-inline-end`…): in Arabic and Hebrew the tab sits on the mirrored edge.
 * (The safe-area insets stay physical: CSS has no logical form of `env()`.)
 * The tab's transparent outline is drawn only in forced colours, which take away its fill and
 * shadow; there the low-need hint, a ring around the tab elsewhere, moves that outline out by 4 px.
 */
export const tabCss =
  ':host{all:initial;position:fixed;--heed-on-accent:#fff;' +
  '--heed-font:system-ui,sans-serif;--heed-radius:12px}' +
  '.tab{position:fixed;bottom:calc(96px + env(safe-area-inset-bottom));min-height:44px;padding:10px 16px;border:0;outline:2px solid #0000;border-radius:var(--heed-radius);' +
  'background:var(--heed-accent);color:var(--heed-on-accent);font:600 15px var(--heed-font);cursor:pointer;box-shadow:0 2px 8px #0004;color-scheme:light dark}' +
  '.tab:focus-visible{outline:3px solid var(--heed-fg,CanvasText);outline-offset:2px}' +
  '.right{inset-inline-end:0;border-start-end-radius:0;border-end-end-radius:0;padding-inline-end:max(16px,env(safe-area-inset-right))}' +
  '.left{inset-inline-start:0;border-start-start-radius:0;border-end-start-radius:0;padding-inline-start:max(16px,env(safe-area-inset-left))}' +
  '.bottom{bottom:0;inset-inline-end:24px;border-end-start-radius:0;border-end-end-radius:0;padding-bottom:max(10px,env(safe-area-inset-bottom))}' +
  '.hint{box-shadow:0 0 0 4px var(--heed-bg,Canvas),0 0 0 6px var(--heed-accent);outline-offset:4px}' +
  '.sr{position:fixed;clip-path:inset(50%)}' +
  '@media(max-width:600px){.right,.left{padding:12px 3px}.tab>*{writing-mode:vertical-rl}}';

/**
 * Adds a stylesheet to `root` (a constructable one, so it works under a strict CSP) and returns
 * a function that replaces its text. Every browser Heed runs in has them (Safari since 16.4, README
 * "Browsers"): heed.js does not start without them, and mountWidget mounts nothing. The `<style>`
 * fallback this replaced cost heed.js 57 B.
 */
export function adoptCss(root: ShadowRoot, css: string): (next: string) => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return (next) => sheet.replaceSync(next);
}
