import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2 A and AA: the rules the accessibility matrix holds Heed to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The sizes the matrix walks: a small phone, a phone held by touch, a tablet, a laptop, a 400 % zoom. */
export const SIZES = [
  { name: '320x568', viewport: { width: 320, height: 568 }, touch: false },
  { name: '390x844 touch', viewport: { width: 390, height: 844 }, touch: true },
  { name: '768x1024', viewport: { width: 768, height: 1024 }, touch: false },
  { name: '1280x800', viewport: { width: 1280, height: 800 }, touch: false },
  // 1280×1024 zoomed to 400 %: WCAG 1.4.10's reflow case (light only: the schemes are covered above).
  { name: '320x256 zoom', viewport: { width: 320, height: 256 }, touch: false, only: 'light' },
] as const;

export const SCHEMES = ['light', 'dark', 'forced-colors'] as const;
export type Scheme = (typeof SCHEMES)[number];

/**
 * Light or dark, or Windows-style forced colours (on a light base): set before the page loads. The
 * dark and forced-colours runs also ask for reduced motion, so those walks check that nothing moves.
 */
export async function useScheme(page: Page, scheme: Scheme): Promise<void> {
  await page.emulateMedia({
    colorScheme: scheme === 'dark' ? 'dark' : 'light',
    forcedColors: scheme === 'forced-colors' ? 'active' : 'none',
    reducedMotion: scheme === 'light' ? 'no-preference' : 'reduce',
  });
}

/** How many animations run in Heed's shadow root now. */
export const animations = (page: Page) => page.evaluate(() => document.querySelector('heed-help')!.shadowRoot!.getAnimations().length);

/** Axe's violations inside <heed-help>, once Heed's fade-ins stand still (contrast is judged on still pixels). */
export async function axeViolations(page: Page): Promise<string[]> {
  await expect.poll(() => animations(page)).toBe(0);
  // Legacy mode: axe.run in the page itself. Heed has no frames, and the default (runPartial, then
  // finishRun in a fresh blank page per scan) made the matrix twice as slow.
  const { violations } = await new AxeBuilder({ page })
    .setLegacyMode().include('heed-help').withTags(WCAG_TAGS).options({ resultTypes: ['violations'], preload: false }).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * How Heed sits on the page now: every visible piece of it (tab, offer, panel) with its box, whether
 * the page scrolls sideways, whether any piece overflows its own box sideways, and the focused page
 * element's box (none when focus is in Heed).
 */
export function layout(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('heed-help')!.shadowRoot!;
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const pieces = [...root.querySelectorAll('.tab,.offer,.panel')].filter((el) => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden');
    const focused = document.activeElement && document.activeElement !== document.body && document.activeElement.localName !== 'heed-help' ? document.activeElement : null;
    return {
      viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
      pageScrollsSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      pieces: pieces.map((el) => ({ name: el.classList[0], box: box(el), overflowsSideways: [el, ...el.querySelectorAll('*')].some((e) => e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible') })),
      focused: focused ? { name: `${focused.localName}#${focused.id}`, box: box(focused) } : null,
      // Buttons side by side in a row of actions ("Ask us" / "No thanks") should be as wide as each other.
      unevenRows: [...root.querySelectorAll('.row')].filter((row) => {
        const lines = new Map<number, number[]>();
        for (const el of row.querySelectorAll(':scope>.action')) {
          const r = el.getBoundingClientRect();
          if (r.width) lines.set(Math.round(r.top), [...(lines.get(Math.round(r.top)) || []), r.width]);
        }
        return [...lines.values()].some((widths) => Math.max(...widths) - Math.min(...widths) > 1);
      }).length,
    };
  });
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Problems with how Heed sits on the page: outside the viewport, sideways scrolling, covering the focused field, uneven buttons. */
export async function fitProblems(page: Page): Promise<string[]> {
  const { viewport, pageScrollsSideways, pieces, focused, unevenRows } = await layout(page);
  const problems: string[] = [];
  if (pageScrollsSideways) problems.push('the page scrolls sideways');
  if (unevenRows) problems.push(`${unevenRows} row(s) of buttons of uneven widths`);
  for (const { name, box, overflowsSideways } of pieces) {
    if (box.x < -0.5 || box.y < -0.5 || box.x + box.width > viewport.width + 0.5 || box.y + box.height > viewport.height + 0.5)
      problems.push(`${name} leaves the viewport: ${JSON.stringify(box)}`);
    if (overflowsSideways) problems.push(`${name} scrolls sideways inside`);
    if (focused && overlaps(box, focused.box)) problems.push(`${name} covers the focused ${focused.name}`);
  }
  return problems;
}

/**
 * Heed's controls smaller than `min` CSS px either way (2.5.8 asks 24, touch wants 44). A radio or
 * checkbox counts by its label, which is the target a finger hits.
 */
export function targetProblems(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    const root = document.querySelector('heed-help')!.shadowRoot!;
    const controls = [...root.querySelectorAll('button,a[href],input,select,textarea,summary')].filter((el) => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden');
    return controls.flatMap((el) => {
      const target = el.matches('[type=radio],[type=checkbox]') ? el.closest('label') || el : el;
      const { width, height, left, right } = target.getBoundingClientRect();
      // The narrow-screen handle: flush with the screen's edge, which stops a thumb, so 24 px across
      // (WCAG 2.5.8's minimum) and the full minimum along the edge.
      const handle = el.matches('.tab') && (left < 0.5 || right > document.documentElement.clientWidth - 0.5) && getComputedStyle(el.firstElementChild!).writingMode !== 'horizontal-tb';
      return (handle ? width + 0.5 < 24 : width + 0.5 < min) || height + 0.5 < min ? [`${el.localName} "${(el.textContent || el.getAttribute('aria-label') || el.id).trim().slice(0, 30)}" is ${Math.round(width)}×${Math.round(height)}`] : [];
    });
  }, min);
}

/** On a narrow screen the panel is a bottom sheet: as wide as the viewport and resting on its bottom edge. */
export function sheetProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const panel = document.querySelector('heed-help')!.shadowRoot!.querySelector('.panel');
    if (!panel) return ['no panel'];
    const r = panel.getBoundingClientRect();
    const { clientWidth, clientHeight } = document.documentElement;
    return Math.round(r.left) === 0 && Math.round(r.right) === clientWidth && Math.round(r.bottom) === clientHeight ? [] : [`the panel is not a bottom sheet: ${JSON.stringify(r)}`];
  });
}

/**
 * Whether the focus ring of Heed's focused control stands out from the panel or offer behind it
 * (WCAG 1.4.11 asks 3:1): the contrast of its outline colour against that background.
 */
export function ringContrast(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.querySelector('heed-help')!.shadowRoot!;
    const focused = root.activeElement!;
    const rgb = (color: string) => (color.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
    const luminance = (color: string) => {
      const [r, g, b] = rgb(color).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ring = luminance(getComputedStyle(focused).outlineColor);
    const behind = luminance(getComputedStyle(focused.closest('.panel,.offer')!).backgroundColor);
    return (Math.max(ring, behind) + 0.05) / (Math.min(ring, behind) + 0.05);
  });
}

/** Whether the tab shows an edge of its own (a border or outline that is drawn): forced colours remove its fill's contrast and its shadow. */
export function tabHasEdge(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.querySelector('heed-help')!.shadowRoot!.querySelector('.tab')!);
    const drawn = (width: string, line: string, color: string) => parseFloat(width) > 0 && line !== 'none' && !/rgba\(.*, 0\)|transparent/.test(color);
    return drawn(style.borderTopWidth, style.borderTopStyle, style.borderTopColor) || drawn(style.outlineWidth, style.outlineStyle, style.outlineColor);
  });
}

/**
 * Whether the low-need hint can be seen: the tab and 8 px around it, screenshot with the hint and
 * again without it (same place, same moment), must differ. In forced colours shadows are dropped,
 * so a hint drawn only as a ring of box-shadow vanished there.
 */
export async function hintShows(page: Page): Promise<boolean> {
  const tab = page.locator('heed-help').locator('.tab');
  const box = (await tab.boundingBox())!;
  const { width, height } = page.viewportSize()!;
  const x = Math.max(0, box.x - 8);
  const y = Math.max(0, box.y - 8);
  const clip = { x, y, width: Math.min(width, box.x + box.width + 8) - x, height: Math.min(height, box.y + box.height + 8) - y };
  const withHint = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  await tab.evaluate((el) => el.classList.remove('hint'));
  const without = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  await tab.evaluate((el) => el.classList.add('hint'));
  return !withHint.equals(without);
}
