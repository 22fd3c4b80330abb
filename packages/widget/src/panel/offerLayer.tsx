import type { OfferEvent, PanelView } from '@heed/core';
import { availableHelp, type HeedInternals } from '@heed/core/internal';
import { render } from 'preact';
import { keepClear } from './keepClear.js';
import { offerAnchors } from './offerAnchor.js';
import { OfferCard } from './OfferCard.js';
import { offerCopy, type OfferCopy } from './offerText.js';
import { NOTHING_SET_UP, tellOwner } from './ownerNotice.js';
import { safeHref } from './safeHref.js';
import { SayContext } from '../i18n/context.js';
import type { Say } from '../i18n/say.js';
import { seenOnPage } from './seenOnPage.js';
import { tabSide } from './tabSide.js';

/** Said (once) when the page defines, hides or removes `<heed-help>`: Heed then shows no offer. */
const HOST_TAKEN = 'the page took, hid or removed <heed-help>; no offer shown';

export interface OfferLayerOptions {
  root: ShadowRoot;
  internals: HeedInternals;
  tab: HTMLButtonElement;
  live: HTMLElement;
  /** The visitor took the offer: open this view. */
  onAccept(view: PanelView): void;
}

/** Shows one proactive offer at a time in the shadow root, and takes it away again. */
export function createOfferLayer({ root, internals, tab, live, onAccept }: OfferLayerOptions) {
  const box = document.createElement('div');
  root.append(box);
  let shown: { offer: OfferEvent; copy: OfferCopy; say: Say } | undefined;
  // Resolves `show`'s promise once the card has its first place (or is gone before it had one).
  let settle: ((card?: Element) => void) | undefined;
  const settled = (card?: Element) => {
    const done = settle;
    settle = undefined;
    done?.(card);
  };
  // The control the visitor used last (not Heed's own): an offer must not cover it.
  let lastUsed: Element | undefined;
  const onUse = (event: Event) => {
    const target = event.composedPath()[0];
    if (target instanceof Element && target.getRootNode() !== root) lastUsed = target.closest('a,button,input,select,textarea,label,[role=button]') || target;
  };
  addEventListener('pointerdown', onUse, { capture: true, passive: true });

  const draw = () => {
    const { offer, copy, say } = shown || {};
    const { position } = internals.config().ui;
    // Anchor next to where the struggle happened, if that is still on screen; else the tab.
    const anchors = offer ? offerAnchors(offer.reasons, internals) : [];
    render(
      offer && copy && say ? (
        <SayContext.Provider value={say}>
          <OfferCard
            key={offer.id}
            copy={copy}
            anchor={anchors[0]}
            tab={tab}
            edge={position === 'bottom' ? position : tabSide(tab, position)}
            keepClear={() => keepClear(internals.config(), root.host, anchors, lastUsed)}
            onPlaced={settled}
            onAccept={() => {
              shown = undefined;
              draw();
              internals.emit('accept', { id: offer.id, channel: copy.channel });
              onAccept(copy.view);
            }}
            onArticle={() => {
              // No preventDefault: the article opens as any link does (new tab with a modifier key too).
              shown = undefined;
              draw();
              internals.emit('accept', { id: offer.id, channel: 'article' });
            }}
            onDismiss={(how) => internals.emit('dismiss', { id: offer.id, how })}
          />
        </SayContext.Provider>
      ) : null,
      box,
    );
  };

  return {
    /** Shows the offer; resolves whether the visitor can see it (if not, it is taken away again). */
    async show(offer: OfferEvent, say: Say): Promise<boolean> {
      // Never promise what is not there: with nothing to lead to, no card (the owner is told).
      // An article link that is not http(s) is no link at all: the card then leads to the articles view.
      const url = safeHref(offer.article?.url);
      const copy = offerCopy({ ...offer, article: url ? { title: offer.article!.title, url } : undefined }, availableHelp(internals.config()), say);
      if (!copy) return (tellOwner(NOTHING_SET_UP), false);
      settled();
      const placed = new Promise<Element | undefined>((resolve) => (settle = resolve));
      shown = { offer, copy, say };
      draw();
      if (!seenOnPage(await placed)) {
        if (shown?.offer === offer) {
          internals.report('host', HOST_TAKEN);
          shown = undefined;
          draw();
        }
        return false;
      }
      // An article offer names the article: the link is the help, the tab the way to a person.
      const words = { headline: copy.headline, body: copy.body, article: copy.article?.title, tab: tab.textContent || '' };
      live.textContent = say(copy.article ? 'announceArticle' : 'announce', words);
      return true;
    },
    withdraw(id: string) {
      if (shown?.offer.id !== id) return;
      settled();
      shown = undefined;
      draw();
      live.textContent = '';
    },
    destroy() {
      settled();
      removeEventListener('pointerdown', onUse, { capture: true });
      render(null, box);
      box.remove();
    },
  };
}
