import type { Heed, OfferEvent, PanelEvent, PanelView } from '@heed/core';
import { completeConfigReporting, type HeedInternals } from '@heed/core/internal';
import { render } from 'preact';
import { adoptCss } from '../styles.js';
import { SayContext } from '../i18n/context.js';
import { stringsFor } from '../i18n/loadStrings.js';
import type { Say } from '../i18n/say.js';
import { keepTabClear } from '../keepTabClear.js';
import { createOfferLayer } from './offerLayer.js';
import { panelCss } from './panelCss.js';
import { Panel } from './Panel.js';
import { tabSide } from './tabSide.js';

/** What the tab needs from the panel chunk. */
export interface PanelController {
  /** `topic`: the accepted offer's, for the expert view. */
  open(view: PanelView, by: PanelEvent['by'], topic?: string): void;
  close(by: PanelEvent['by']): void;
  isOpen(): boolean;
  /** Shows a proactive offer next to where the struggle happened (or the tab); resolves whether the visitor can see it. */
  offer(offer: OfferEvent): Promise<boolean>;
  /** Takes an offer away (dismissed elsewhere, or ignored). */
  withdraw(id: string): void;
  destroy(): void;
}

export interface MountPanelOptions {
  root: ShadowRoot;
  heed: Heed;
  internals: HeedInternals;
  /** The tab button: focus returns here when a visitor closes the panel. */
  tab: HTMLButtonElement;
  /** The polite live region: offers are announced there, never by moving focus. */
  live: HTMLElement;
  /** The visitor's locale, as heed.js chose it for the tab's label (pickLocale in tabLabels.ts). */
  locale(): string;
  /** Whether the tab is kept clear already (mountTab's `keepClear`); if not, the panel's chunk does it. */
  tabClear: boolean;
  onChange(open: boolean): void;
}

/**
 * Mounts the panel into the widget's shadow root. Only a visitor's own action (the tab, an offer's
 * button) moves focus into it; opening by API leaves focus where it was.
 */
export function mountPanel({ root, heed, internals, tab, live, locale, tabClear, onChange }: MountPanelOptions): PanelController {
  // Articles, experts and chat are validated by the first chunk that reads them, not by heed.js.
  completeConfigReporting(internals.config(), internals.report);
  // Loaded on a hover before the config arrived, the panel completed the defaults: complete the real one too.
  void heed.ready.then(() => completeConfigReporting(internals.config(), internals.report));
  adoptCss(root, panelCss);
  // The generic heed.js leaves this to the panel's chunk: from the first need, hover or focus on.
  const unclear = tabClear ? undefined : keepTabClear(tab, root.host, () => internals.config().ui.avoid);
  const container = document.createElement('div');
  root.append(container);
  // The words of the visitor's locale (ui.locale, the page's lang, the browser's). Loaded once per config: an
  // offer or an opening waits for them only the first time (a small chunk, fetched with the panel).
  let say: Say | undefined;
  let loading: Promise<Say> | undefined;
  const withSay = (then: (say: Say) => void) => {
    const strings = stringsFor(internals, locale());
    if (strings === loading && say) return then(say);
    loading = strings;
    void strings.then((loaded) => {
      // Destroyed meanwhile: nothing more to show.
      if (!loading) return;
      // The latest config's words win; an older load still lets its opening or offer through.
      if (strings === loading || !say) {
        say = loaded;
        // Heed's own content says which language and direction it is in (Arabic, Hebrew: right to left).
        container.lang = loaded.tag;
        container.dir = loaded.dir;
      }
      then(say);
    });
  };
  withSay(() => {});
  let current: { view: PanelView; by: PanelEvent['by']; topic?: string } | undefined;
  // The topic of the offer on screen: an expert view opened from it shows that topic's team first.
  let offered: OfferEvent | undefined;
  const offers = createOfferLayer({
    root,
    internals,
    tab,
    live,
    onAccept: (view) => controller.open(view, 'offer', offered?.topic),
  });

  // An offer dismissed elsewhere (another tab, or ignored past ignoreSeconds) is taken away. Heard
  // here, not in heed.js: until the panel has loaded there is no offer on screen to take away.
  const offDismiss = heed.on('dismiss', ({ id }) => offers.withdraw(id));

  const draw = () => {
    render(
      current && say ? (
        <SayContext.Provider value={say}>
          <Panel
            key="panel"
            heed={heed}
            internals={internals}
            view={current.view}
            topic={current.topic}
            // An accepted offer is the visitor's doing too: its button is gone, so focus goes into the panel, not to the page's start.
            takeFocus={current.by !== 'api'}
            side={tabSide(tab, internals.config().ui.position)}
            onNavigate={(view) => {
              if (!current) return;
              current = { ...current, view };
              draw();
            }}
            onClose={() => controller.close('visitor')}
          />
        </SayContext.Provider>
      ) : null,
      container,
    );
  };

  const controller: PanelController = {
    open(view, by, topic) {
      withSay(() => {
        current = { view, by, topic };
        draw();
        onChange(true);
        internals.emit('open', { view, by });
      });
    },
    close(by) {
      if (!current) return;
      const { view } = current;
      const focusWasInside = root.activeElement !== null && root.activeElement !== tab;
      current = undefined;
      draw();
      onChange(false);
      if (by === 'visitor' || focusWasInside) tab.focus();
      internals.emit('close', { view, by });
    },
    isOpen: () => !!current,
    offer(offer) {
      return new Promise<boolean>((resolve) =>
        withSay((words) => {
          if (current) return resolve(false);
          offered = offer;
          resolve(offers.show(offer, words));
        }),
      );
    },
    withdraw: (id) => offers.withdraw(id),
    destroy() {
      loading = undefined;
      unclear?.();
      offDismiss();
      offers.destroy();
      render(null, container);
      container.remove();
    },
  };
  return controller;
}
