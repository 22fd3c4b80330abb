import type { Page } from '@playwright/test';

/**
 * Waits until Heed on the current document has started (config loaded, detectors running). Works
 * on both kinds of page the specs open: the fixture pages, whose pre-load queue records `ready` in
 * `window.log`, and pages watched by `recordHeedEvents` (the demo shop), which set `window.__ready`
 * on `heed:ready`.
 */
export const heedReady = (page: Page) =>
  page.waitForFunction(() => {
    const w = window as unknown as { log?: unknown[][]; __ready?: boolean };
    return w.__ready === true || !!w.log?.some(([name]) => name === 'ready');
  });

/** Opens `url` and waits for Heed. */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await heedReady(page);
}
