import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import type { OfferEvent } from '@heed/core';
import { useEffect, useRef } from 'preact/hooks';
import { offerBody, offerHeadline } from './offerText.js';

export interface OfferCardProps {
  offer: OfferEvent;
  /** Where the struggle happened; the tab when nothing better is known. */
  anchor: Element;
  onAccept(): void;
  onDismiss(how: 'button' | 'escape'): void;
}

/**
 * A proactive offer: a small non-modal dialog next to where the visitor struggled. It flips and
 * shifts to stay on screen, follows scroll and resize, never takes focus, and goes away with
 * "No thanks" or Esc.
 */
export function OfferCard({ offer, anchor, onAccept, onDismiss }: OfferCardProps) {
  const card = useRef<HTMLDivElement>(null);
  const headline = offerHeadline(offer.reasons);

  useEffect(() => {
    const floating = card.current!;
    const beside = anchor.tagName === 'BUTTON' && anchor.getRootNode() === floating.getRootNode();
    const place = () =>
      computePosition(anchor, floating, {
        strategy: 'fixed',
        placement: beside ? 'left-end' : 'bottom-start',
        middleware: [offset(8), flip(), shift({ padding: 8 })],
      }).then(({ x, y }) => Object.assign(floating.style, { left: `${x}px`, top: `${y}px`, visibility: 'visible' }));
    const stop = autoUpdate(anchor, floating, () => void place());
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onDismiss('escape');
    addEventListener('keydown', onKey, true);
    return () => {
      stop();
      removeEventListener('keydown', onKey, true);
    };
  }, [anchor]);

  return (
    <div ref={card} class="offer" role="dialog" aria-labelledby="heed-offer-title" aria-describedby="heed-offer-body">
      <p id="heed-offer-title" class="offer-title">
        {headline}
      </p>
      <p id="heed-offer-body" class="muted">
        {offerBody(offer.kind)}
      </p>
      <div class="row">
        <button type="button" class="action" onClick={onAccept}>
          {offer.kind === 'chat' ? 'Chat with us' : 'Ask us'}
        </button>
        <button type="button" class="action secondary" onClick={() => onDismiss('button')}>
          No thanks
        </button>
      </div>
    </div>
  );
}
