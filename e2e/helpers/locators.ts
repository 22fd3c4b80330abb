import type { Page } from '@playwright/test';

/** The help tab inside Heed's shadow root (Playwright's locators pierce open shadow roots). */
export const helpTab = (page: Page, name: string | RegExp = 'Help') => page.locator('heed-help').getByRole('button', { name, exact: true });

/** Heed's offer card: a dialog inside <heed-help> with a "No thanks" button. */
export const offerCard = (page: Page) => page.locator('heed-help').getByRole('dialog').filter({ has: page.getByRole('button', { name: 'No thanks' }) });
