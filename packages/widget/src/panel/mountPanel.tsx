import type { Heed, OfferEvent, PanelEvent, PanelView } from '@heed/core';
import { availableHelp, type HeedInternals } from '@heed/core/internal';
import { render } from 'preact';
import { adoptCss } from '../styles.js';
import { keepClear } from './keepClear.js';
import { offerAnchors } from './offerAnchor.js';
import { OfferCard } from './OfferCard.js';
import { offerCopy, type OfferCopy } from './offerText.js';
import { NOTHING_SET_UP, tellOwner } from './ownerNotice.js';
import { panelCss } from './panelCss.js';
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
  let shown: { offer: OfferEvent; copy: OfferCopy } | undefined;
  // The control the visitor used last: an offer must not cover it.
  let lastUsed: Element | undefined;
  const onUse = (event: Event) => {
    const target = event.composedPath()[0] as Element;
    if (target instanceof Element && !root.host.contains(target)) lastUsed = target.closest('a,button,input,select,textarea,label,[role=button]') || target;
  };
  addEventListener('pointerdown', onUse, { capture: true, passive: true });

  const drawOffer = () => {
    const { offer, copy } = shown || {};
    // Anchor next to where the struggle happened, if that is still on screen; else the tab.
    const anchors = offer ? offerAnchors(offer.reasons, internals) : [];
    render(
      offer && copy ? (
        <OfferCard
          key={offer.id}
          copy={copy}
          anchor={anchors[0]}
          tab={tab}
          edge={internals.config().ui.position}
          keepClear={() => keepClear(internals.config(), root.host, anchors, lastUsed)}
          onAccept={() => {
            shown = undefined;
            drawOffer();
            internals.emit('accept', { id: offer.id, channel: copy.channel });
            controller.open(copy.view, 'offer');
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
      // Never promise what is not there: with nothing to lead to, no card (the owner is told).
      const copy = offerCopy(offer, availableHelp(internals.config()));
      if (!copy) return tellOwner(NOTHING_SET_UP);
      shown = { offer, copy };
      drawOffer();
      live.textContent = `${copy.headline} Help is available: press the Help tab, or Escape to dismiss.`;
    },
    withdraw(id) {
      if (shown?.offer.id !== id) return;
      shown = undefined;
      drawOffer();
      live.textContent = '';
    },
    destroy() {
      removeEventListener('pointerdown', onUse, { capture: true });
      render(null, container);
      render(null, offerBox);
      container.remove();
      offerBox.remove();
    },
  };
  return controller;
}
