import type { Heed, PanelEvent, PanelView } from '@heed/core';
import { createTabState, internalsOf, type HeedInternals } from '@heed/core/internal';
import { loadDebug } from './loadDebug.js';
import { CHAT_PENDING_KEY } from './chat/pendingKey.js';
import { loadChatDelivery } from './loadChatDelivery.js';
import { loadPanel } from './loadPanel.js';
import type { PanelController } from './panel/mountPanel.js';
import { adoptCss, tabCss } from './styles.js';
import { keepTabClear } from './keepTabClear.js';
import { TAB_LABELS, languageOf, pickLocale } from './i18n/tabLabels.js';

/**
 * `?heed-debug` turns the overlay on for the rest of this tab's session, so a site owner can walk a
 * multi-page site with it; `?heed-debug=off` turns it off again.
 */
function debugRequested(): boolean {
  const asked = /[?&]heed-debug(=off)?/.exec(location.search);
  // Per-tab state: sessionStorage (`heed:debug`), or this page's memory where it is blocked.
  const tab = createTabState(true);
  if (asked) tab.set('debug', !asked[1]);
  return !!tab.get('debug');
}

/** Options for {@link mountWidget}. */
export interface MountWidgetOptions {
  /** Element the `<heed-help>` host is appended to. @default document.body */
  parent?: HTMLElement;
}

/**
 * Renders Heed's UI: a `<heed-help>` element with an open shadow root holding the help tab.
 * The panel loads lazily on first hover, focus or need. Returns a function that removes it all
 * (`heed.destroy()` does too).
 */
export function mountWidget(heed: Heed, options: MountWidgetOptions = {}): () => void {
  // An instance from another copy of @heed/core (a bundle holding two) has no internals here:
  // say so once and mount nothing rather than throw into the host page.
  const internals: HeedInternals | undefined = internalsOf(heed);
  if (!internals) {
    console.error('@heed/widget: not an instance of this @heed/core (a second copy bundled?); nothing mounted');
    return () => {};
  }
  // Older than Heed's baseline (no constructable stylesheets: Safari before 16.4): no tab, and no error either.
  if (!document.adoptedStyleSheets) return () => {};
  return mountTab(heed, internals, options, keepTabClear);
}

/**
 * mountWidget once the instance's internals are in hand. The script-tag entry calls it directly:
 * there, core and widget are one bundle, so the check above (and its message) would be dead bytes.
 * `keepClear` keeps the tab clear of `ui.avoid` and the focused field from load: the npm packages
 * and a per-site heed.js pass keepTabClear.ts; the generic heed.js, at its 10 KB ceiling, passes
 * nothing (embed/src/entrySource.ts), and the panel's chunk starts it at the first need, hover or focus.
 * @internal
 */
export function mountTab(heed: Heed, internals: HeedInternals, options: MountWidgetOptions = {}, keepClear?: typeof keepTabClear): () => void {
  // Heed never defines <heed-help>: when the page has, the element (and whatever it renders or
  // hides) is the page's. Heed then steps aside: its own host stays off the page, so nothing shows,
  // and the first offer it would make reports why, once (`present` below), and is not counted.
  const taken = customElements.get('heed-help');
  const host = document.createElement(taken ? 'span' : 'heed-help');
  const root = host.attachShadow({ mode: 'open' });
  const tab = document.createElement('button');
  // The tab's word in a span of its own: on a narrow screen it runs down the edge (styles.ts).
  const word = tab.appendChild(document.createElement('span'));
  const live = document.createElement('div');
  adoptCss(root, tabCss);
  // The config's part of the theme is a sheet of its own, so the tab's styles are parsed once.
  const setTheme = adoptCss(root, '');
  let panel: PanelController | undefined;
  let locale = 'en';
  let loading: Promise<PanelController | undefined> | undefined;

  const applyConfig = () => {
    const { ui } = internals.config();
    // The tab's label is the owner's (`ui.label`), else "Help" in the visitor's language; the rest
    // of Heed's words load with the panel, which speaks the language chosen here, `ui.label` or not.
    // The tab follows the page's own direction (logical CSS, inherited `dir`).
    tab.lang = locale = pickLocale(ui.locale);
    word.textContent = ui.label || TAB_LABELS[languageOf(locale)]!;
    tab.className = `tab ${ui.position}`;
    // A :host rule, so a site's own `heed-help { --heed-accent: … }` still wins.
    setTheme(`:host{z-index:${ui.zIndex};--heed-accent:${ui.accent.replace(/[;{}]/g, '')}}`);
  };
  const ensurePanel = () =>
    (loading ||= loadPanel().then(
      // Mounted unless destroyed meanwhile (`offs` is emptied then). A host the page removed or never
      // had (its own <heed-help>) still gets the panel, detached: the offer layer finds the card
      // unseen and reports why, once, and no offer is counted.
      ({ mountPanel }) =>
        offs[0]
          ? (panel = mountPanel({ root, heed, internals, tab, live, locale: () => locale, tabClear: !!clearance, onChange: (open) => (tab.ariaExpanded = `${open}`) }))
          : undefined,
      (error) => void ((loading = undefined), internals.report('chunk-load', error)),
    ));
  const open = (view: PanelView, by: PanelEvent['by']) => void ensurePanel().then((ready) => ready?.open(view, by));
  const close = (by: PanelEvent['by']) => panel?.close(by);
  const preload = () => void ensurePanel();

  // No `type`: a button in a shadow root has no form owner (forms do not reach into shadow trees), so its default "submit" submits nothing.
  // ARIA reflection (Chrome 81, Safari 12.1, Firefox 119) is fewer bytes of heed.js than setAttribute.
  tab.ariaExpanded = 'false';
  tab.ariaHasPopup = 'dialog';
  tab.onclick = () => (panel?.isOpen() ? close('visitor') : open('home', 'visitor'));
  tab.onpointerenter = tab.onfocus = preload;
  live.className = 'sr';
  live.ariaLive = 'polite';
  root.append(tab, live);
  applyConfig();
  if (!taken) (options.parent || document.body).append(host);

  const clearance = keepClear?.(tab, host, () => internals.config().ui.avoid);
  const offs: Array<() => unknown> = [
    () => clearance?.(),
    internals.attachView({ open, close, present: (offer) => ensurePanel().then((ready) => ready?.offer(offer)) }),
    // Help is likely needed soon once the visitor seems to struggle: fetch the panel now, and hint on the tab.
    heed.on('need', ({ level }) => {
      tab.classList.toggle('hint', level !== 'none');
      if (level !== 'none') preload();
    }),
  ];
  // The debug overlay is for site owners: a chunk loaded only when asked for. Asked for in the URL,
  // it loads at once, so that it sees this page's first decisions too.
  let debugging = false;
  const debug = () =>
    debugging ||
    (debugging = !!loadDebug().then(({ mountDebug }) => offs[0] && offs.push(mountDebug(root, heed, internals)), (error) => internals.report('chunk-load', error)));
  if (debugRequested()) debug();
  void heed.ready.then(() => {
    applyConfig();
    if (internals.config().debug) debug();
    // A chat message or a request never acknowledged (sent offline, or just before leaving a page)
    // is delivered from whatever page the visitor is on now. The delivery chunk knows where to; it
    // also attaches to a chat product the page loads itself (`load: 'page'`), so that its launcher is
    // hidden on every page. `chat` is as written here, if written at all (checked in full by that chunk).
    const chat: unknown = internals.config().chat;
    internals
      .store()
      .get(CHAT_PENDING_KEY)
      .then((pending) => (pending || (chat as { load?: unknown } | null)?.load == 'page') && loadChatDelivery())
      .then((chunk) => chunk && offs[0] && chunk.deliverPending(internals))
      .catch((error) => internals.report('chunk-load', error));
  });
  const unmount = () => {
    offs.splice(0).forEach((off) => off());
    panel?.destroy();
    host.remove();
  };
  internals.onDestroy(unmount);
  return unmount;
}
