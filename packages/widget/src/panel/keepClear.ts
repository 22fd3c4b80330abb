import type { ResolvedConfig } from '@heed/core';

/** Controls a visitor may be about to use. */
const CONTROLS = 'a[href],button,input,select,textarea,[role=button],[tabindex]:not([tabindex="-1"])';
/** The group a control belongs to: its form, its row of a list or table, its region. */
const GROUP = 'form,[role=search],fieldset,li,tr,section,aside,[role=dialog]';

const shown = (el: Element | null | undefined): el is Element => !!el?.isConnected && el.getClientRects().length > 0;

/** The focused element of the page, through open shadow roots, unless it is Heed's own. */
function focused(host: Element): Element | null {
  let el = document.activeElement;
  while (el !== host && el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el && el !== document.body && el !== host ? el : null;
}

const safeQuery = (selector: string | undefined, root: ParentNode = document): Element[] => {
  if (!selector) return [];
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
};

/**
 * What an offer card must leave visible: where each reason happened, the site's own empty state
 * ("Nothing found…"), the focused element, the control the visitor used last, and the controls
 * grouped with the anchor (the coupon field's form and the button under it), and the site's own
 * fixed controls (`ui.avoid`).
 */
export function keepClear(config: ResolvedConfig, host: Element, anchors: Element[], lastUsed: Element | undefined): Element[] {
  const anchor = anchors[0];
  const group = anchor?.parentElement?.closest(GROUP) || anchor?.parentElement;
  const near = group ? safeQuery(CONTROLS, group).slice(0, 40) : [];
  // The site's own fixed controls (`ui.avoid`: cookie banner, sticky bar) too, as the tab keeps clear of them.
  return [...anchors, ...safeQuery(config.signals.search.empty), focused(host), lastUsed, ...near, ...safeQuery(config.ui.avoid)].filter(shown);
}
