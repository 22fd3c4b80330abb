import { autoUpdate } from '@floating-ui/dom';
import { useEffect, useRef } from 'preact/hooks';
import type { OfferCopy } from './offerText.js';
import { placeOffer } from './placeOffer.js';
import { useSay } from '../i18n/context.js';

export interface OfferCardProps {
  copy: OfferCopy;
  /** Where the struggle happened, if that is on screen; else the card sits beside the tab. */
  anchor: Element | undefined;
  tab: HTMLElement;
  /** The tab's page edge (`ui.position`). */
  edge: string;
  /** What the card must not cover, measured again at each placement. */
  keepClear(): Element[];
  onAccept(): void;
  /** The visitor opens the article the offer leads with (the link then goes on as links do). */
  onArticle(): void;
  onDismiss(how: 'button' | 'escape'): void;
  /** The card has its place on screen (after the first placement, or when placing failed). */
  onPlaced(card: HTMLElement): void;
}

/**
 * A proactive offer: a small non-modal dialog next to where the visitor struggled, placed so it
 * covers nothing they are reading or using (else beside the tab). It follows scroll and resize,
 * never takes focus, and goes away with "No thanks" or Esc.
 */
export function OfferCard({ copy, anchor, tab, edge, keepClear, onAccept, onArticle, onDismiss, onPlaced }: OfferCardProps) {
  const card = useRef<HTMLDivElement>(null);
  const say = useSay();

  useEffect(() => {
    const floating = card.current!;
    // Placing is asynchronous: only the latest placement may move the card.
    let latest = 0;
    const place = () => {
      const mine = ++latest;
      void placeOffer({ anchor, card: floating, tab, edge, keepClear: keepClear() })
        .then(
          ({ x, y }) => void (mine === latest && Object.assign(floating.style, { left: `${x}px`, top: `${y}px`, visibility: 'visible' })),
          () => {},
        )
        .then(() => mine === latest && onPlaced(floating));
    };
    const stop = autoUpdate(anchor || tab, floating, place);
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onDismiss('escape');
    addEventListener('keydown', onKey, true);
    return () => {
      latest = -1;
      stop();
      removeEventListener('keydown', onKey, true);
    };
  }, [anchor]);

  return (
    <div ref={card} class="offer" role="dialog" aria-labelledby="heed-offer-title" aria-describedby="heed-offer-body">
      <p id="heed-offer-title" class="offer-title">
        {copy.headline}
      </p>
      <p id="heed-offer-body" class="muted">
        {copy.body}
      </p>
      {copy.article && (
        <p class="offer-article">
          <a href={copy.article.url} onClick={onArticle}>
            {copy.article.title}
          </a>
        </p>
      )}
      <div class="row">
        <button type="button" class="action" onClick={onAccept}>
          {copy.action}
        </button>
        <button type="button" class="action secondary" onClick={() => onDismiss('button')}>
          {say('decline')}
        </button>
      </div>
    </div>
  );
}
