import type { Page } from '@playwright/test';

/** The help tab inside Heed's shadow root (Playwright's locators pierce open shadow roots). */
export const helpTab = (page: Page, name: string | RegExp = 'Help') => page.locator('heed-help').getByRole('button', { name, exact: true });

/** Events recorded by the fixture pages' pre-load queue (`window.log`). */
export const recorded = (page: Page) =>
  page.evaluate(() => (window as unknown as { log: Array<[string, unknown]> }).log.map(([name, payload]) => ({ name, payload })));

export const waitForReady = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { log: Array<[string]> }).log.some(([name]) => name === 'ready'));
