import type { Heed, OfferEvent, PanelEvent, PanelView } from '@heed/core';
import type { HeedInternals } from '@heed/core/internal';
import { render } from 'preact';
import { adoptCss } from '../styles.js';
import { panelCss } from './panelCss.js';
import { OfferCard } from './OfferCard.js';
import { offerHeadline } from './offerText.js';
import { Panel } from './Panel.js';

/** What the tab needs from the panel chunk. */
export interface PanelController {
  open(view: PanelView, by: PanelEvent['by']): void;
  close(by: PanelEvent['by']): void;
  isOpen(): boolean;
  /** Shows a proactive offer next to where the struggle happened (or the tab). */
  offer(offer: OfferEvent): void;
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
  adoptCss(root, panelCss);
  const container = document.createElement('div');
  const offerBox = document.createElement('div');
  root.append(container, offerBox);
  let current: { view: PanelView; by: PanelEvent['by'] } | undefined;
  let shown: OfferEvent | undefined;

  const drawOffer = () => {
    const offer = shown;
    // Anchor next to where the struggle happened, if that element is still on screen; else the tab.
    const target = offer && [...offer.reasons].reverse().map(internals.anchorOf).find((el) => el?.isConnected && el.getClientRects().length);
    render(
      offer ? (
        <OfferCard
          key={offer.id}
          offer={offer}
          anchor={target || tab}
          onAccept={() => {
            shown = undefined;
            drawOffer();
            const channel = offer.kind === 'chat' ? 'chat' : 'panel';
            internals.emit('accept', { id: offer.id, channel });
            controller.open(offer.kind === 'chat' ? 'chat' : 'home', 'offer');
          }}
          onDismiss={(how) => internals.emit('dismiss', { id: offer.id, how })}
        />
      ) : null,
      offerBox,
    );
  };

  const draw = () => {
    render(
      current ? (
        <Panel
          key="panel"
          heed={heed}
          internals={internals}
          view={current.view}
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
    open(view, by) {
      current = { view, by };
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
    offer(offer) {
      if (current) return;
      shown = offer;
      drawOffer();
      live.textContent = `${offerHeadline(offer.reasons)} Help is available: press the Help tab, or Escape to dismiss.`;
    },
    withdraw(id) {
      if (shown?.id !== id) return;
      shown = undefined;
      drawOffer();
      live.textContent = '';
    },
    destroy() {
      render(null, container);
      render(null, offerBox);
      container.remove();
      offerBox.remove();
    },
  };
  return controller;
}
