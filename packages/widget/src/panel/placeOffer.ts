import { computePosition, flip, offset, shift, type Placement } from '@floating-ui/dom';

/** Around the anchor, in order of preference: under it, over it, then beside it. */
const AROUND: Placement[] = ['bottom-start', 'top-start', 'bottom-end', 'top-end', 'right-start', 'left-start'];
/** Beside the tab, by the page edge the tab sits on; above it when the screen is too narrow for beside. */
const BY_TAB: Record<string, Placement[]> = { right: ['left-end', 'top-end'], left: ['right-end', 'top-start'], bottom: ['top-end', 'top'] };

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export interface OfferPlacement {
  /** Where the struggle happened, if it is on screen. */
  anchor: Element | undefined;
  card: HTMLElement;
  tab: HTMLElement;
  /** The tab's page edge (`ui.position`). */
  edge: string;
  /** What the card must not cover (besides the anchor): what the visitor is reading or using. */
  keepClear: Element[];
}

/**
 * Where the offer card goes (fixed coordinates): the first placement around the anchor that stays
 * inside the viewport and covers neither the anchor nor anything in `keepClear`; when none fits,
 * beside the tab, which is always there.
 */
export async function placeOffer({ anchor, card, tab, edge, keepClear }: OfferPlacement): Promise<{ x: number; y: number }> {
  const { clientWidth, clientHeight } = document.documentElement;
  // Where the card would sit at (x, y): inside the viewport, covering none of `clear`.
  const fits = ({ x, y }: { x: number; y: number }, clear: Element[]) => {
    const box = { x, y, width: card.offsetWidth, height: card.offsetHeight };
    const inside = x >= 0 && y >= 0 && x + box.width <= clientWidth && y + box.height <= clientHeight;
    // An element with no box (an emptied results list) hides nothing.
    return inside && !clear.some((el) => {
      const rect = el.getBoundingClientRect();
      return rect.width && rect.height && overlaps(box, rect);
    });
  };
  const around = async (clear: Element[]) => {
    for (const placement of AROUND) {
      const at = await computePosition(anchor!, card, { strategy: 'fixed', placement, middleware: [offset(8), shift({ padding: 8 })] });
      if (fits(at, clear)) return at;
    }
  };
  const found = anchor && (await around([anchor, ...keepClear]));
  if (found) return found;
  const [placement, ...fallbackPlacements] = BY_TAB[edge] || BY_TAB.right;
  const byTab = await computePosition(tab, card, { strategy: 'fixed', placement, middleware: [offset(8), flip({ fallbackPlacements }), shift({ padding: 8 })] });
  // On a small or zoomed screen (320×256 is 400 %) the tab's side may have no room either, and the
  // card would cover the search box or leave the screen: then around the anchor, keeping clear only
  // it and the focused field.
  const least = anchor ? [anchor, ...keepClear.filter((el) => el.matches(':focus'))] : [];
  return fits(byTab, least) ? byTab : (anchor && (await around(least))) || byTab;
}
