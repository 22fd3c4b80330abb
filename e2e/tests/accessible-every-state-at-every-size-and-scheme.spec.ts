import { expect, test } from '@playwright/test';
import { SHARED_RELAY } from '../fixtures/chat/chat';
import { SCHEMES, SIZES, animations, axeViolations, fitProblems, hintShows, ringContrast, sheetProblems, tabHasEdge, targetProblems, useScheme } from '../helpers/a11y';
import { beActive, heedReady, helpTab, offerCard, search } from './helpers';

/**
 * The accessibility and mobile matrix: at each size and colour scheme, one page walks through every
 * state of Heed (tab, low-need hint, offer, panel home, articles, expert view, callback form and its
 * errors, chat). In each, axe finds nothing (WCAG 2.2 A/AA), and the tab, offer and panel stay
 * inside the viewport, scroll nowhere sideways and cover no focused field; controls are at least
 * 24 px (44 px on touch); on a narrow screen the panel is a bottom sheet. SHOTS=dir saves a
 * screenshot of each state there, to look at.
 */
const URL = `/a11y/index.html?relay=${encodeURIComponent(SHARED_RELAY.replace(/^http/, 'ws'))}`;

for (const size of SIZES) {
  for (const scheme of SCHEMES.filter((scheme) => !('only' in size) || size.only === scheme)) {
    test.describe(`${size.name}, ${scheme}`, () => {
      test.use({ viewport: size.viewport, hasTouch: size.touch, isMobile: size.touch });

      test(`every state of Heed passes axe and fits at ${size.name} in ${scheme}`, async ({ page }) => {
        const widget = page.locator('heed-help');
        const panel = widget.getByRole('dialog').filter({ has: page.getByRole('heading', { level: 2 }) });
        const check = async (state: string) => {
          // Reduced motion: the offer and panel appear without their fade (checked before axe waits for stillness).
          if (scheme !== 'light') expect.soft(await animations(page), `animations in state "${state}"`).toBe(0);
          expect.soft(await axeViolations(page), `axe in state "${state}"`).toEqual([]);
          if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/${size.name.replace(' ', '-')}-${scheme}-${state}.png` });
          expect.soft(await fitProblems(page), `fit in state "${state}"`).toEqual([]);
          expect.soft(await targetProblems(page, size.touch ? 44 : 24), `target sizes in state "${state}"`).toEqual([]);
          if (size.viewport.width <= 600 && (await panel.count())) expect.soft(await sheetProblems(page), `bottom sheet in state "${state}"`).toEqual([]);
        };
        const tap = (name: string) => panel.getByRole('button', { name, exact: true }).click();

        await useScheme(page, scheme);
        await page.clock.install();
        await page.goto(URL);
        await heedReady(page);
        await page.locator('#email').focus();
        await check('tab');
        // Forced colours flatten the tab's fill into the page's: it needs an edge to be seen as a button.
        if (scheme === 'forced-colors') expect.soft(await tabHasEdge(page), 'the tab has an edge in forced colours').toBe(true);

        // The pointer stays on the page text, inside even the smallest viewport.
        await beActive(page, 16, { x: 40, y: 120 });
        await search(page, 'laser tripod');
        await expect(helpTab(page)).toHaveClass(/hint/);
        await check('hint');
        expect.soft(await hintShows(page), `the low-need hint can be seen in ${scheme}`).toBe(true);

        await search(page, 'laser stand');
        await page.clock.runFor(2500);
        await expect(offerCard(page)).toBeVisible();
        await expect(page.locator('#q')).toBeFocused();
        await check('offer');

        await offerCard(page).getByRole('button', { name: 'No thanks' }).click();
        await helpTab(page).click();
        await expect(panel.getByRole('heading', { name: 'How can we help?' })).toBeFocused();
        await check('home');

        await tap('Browse help articles');
        await expect(panel.getByRole('searchbox', { name: 'Search help articles' }).or(panel.getByLabel('Search help articles'))).toBeVisible();
        await check('articles');

        await tap('Back to help options');
        await tap('Talk to an expert');
        const billing = widget.getByRole('region', { name: 'Billing team' });
        await expect(billing).toContainText('You can ask for a callback');
        await check('expert');

        await billing.getByRole('button', { name: 'Request a callback' }).click();
        await expect(billing.getByRole('form', { name: 'Request a callback from Billing team' })).toBeVisible();
        await check('form');

        await billing.getByRole('button', { name: 'Request the callback' }).click();
        await expect(billing.getByLabel('Your name')).toBeFocused();
        expect.soft(await ringContrast(page), 'focus ring contrast').toBeGreaterThanOrEqual(3);
        await check('form-errors');

        await tap('Back to help options');
        await tap('Chat with us');
        await expect(widget.getByRole('textbox', { name: 'Message' })).toBeVisible();
        await check('chat');
      });
    });
  }
}
