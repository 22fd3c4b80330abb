import { expect, type Locator, type Page } from '@playwright/test';

/** Whether `target` has focus, inside Heed's shadow root or on the page. */
const focused = (target: Locator) =>
  target.evaluate((el) => {
    const root = el.getRootNode() as Document | ShadowRoot;
    return root.activeElement === el;
  });

/**
 * Presses Tab (Shift+Tab with `back`) until `target` has focus, as a keyboard user does; fails
 * when it is not reached in `max` presses (unreachable, or a trap elsewhere).
 */
export async function tabTo(page: Page, target: Locator, { back = false, max = 25 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await focused(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/** Tabs to `target` and presses Enter on it. */
export async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}
