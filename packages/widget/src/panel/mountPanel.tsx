import type { Heed, OfferEvent, PanelEvent, PanelView } from '@heed/core';
import { completeConfigReporting, type HeedInternals } from '@heed/core/internal';
import { render } from 'preact';
import { adoptCss } from '../styles.js';
import { createOfferLayer } from './offerLayer.js';
import { panelCss } from './panelCss.js';
import { Panel } from './Panel.js';

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
  onChange(open: boolean): void;
}

/**
 * Mounts the panel into the widget's shadow root. Only a visitor's own action moves focus into
 * it; opening by API or offer leaves focus where it was.
 */
export function mountPanel({ root, heed, internals, tab, live, onChange }: MountPanelOptions): PanelController {
  // Articles, experts and chat are validated by the first chunk that reads them, not by heed.js.
  completeConfigReporting(internals.config(), internals.report);
  adoptCss(root, panelCss);
  const container = document.createElement('div');
  root.append(container);
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

  const draw = () => {
    render(
      current ? (
        <Panel
          key="panel"
          heed={heed}
          internals={internals}
          view={current.view}
          topic={current.topic}
          takeFocus={current.by === 'visitor'}
          onNavigate={(view) => {
            if (!current) return;
            current = { ...current, view };
            draw();
          }}
          onClose={() => controller.close('visitor')}
        />
      ) : null,
      container,
    );
  };

  const controller: PanelController = {
    open(view, by, topic) {
      current = { view, by, topic };
      draw();
      onChange(true);
      internals.emit('open', { view, by });
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
    async offer(offer) {
      if (current) return false;
      offered = offer;
      return offers.show(offer);
    },
    withdraw: (id) => offers.withdraw(id),
    destroy() {
      offers.destroy();
      render(null, container);
      container.remove();
    },
  };
  return controller;
}
