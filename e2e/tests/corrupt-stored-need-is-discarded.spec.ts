import { expect, test } from '@playwright/test';
import { heedReady } from './helpers';

// Heed's own per-tab storage may hold anything: another script, an old version, a truncated write.
// A value of the wrong shape is dropped and Heed carries on as if it were not there.
for (const value of ['{"x":1}', '[1,{"event":null},{"event":{"type":"dwell","weight":"2","at":0},"evidence":1}]', '"abc"']) {
  test(`heed:need = ${value}: signals still count, the Help tab opens, state() answers`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript((stored) => sessionStorage.setItem('heed:need', stored), value);
    // The fake clock keeps the three clicks within the rage window however loaded the machine is.
    await page.clock.install();
    await page.goto('/signals/rage.html');
    await heedReady(page);
    for (let i = 0; i < 3; i++) await page.locator('#apply').click({ delay: 20 });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { log: Array<[string, { level?: string }]> }).log.filter(([n]) => n === 'need').map(([, p]) => p.level)))
      .toContain('low');
    expect(await page.evaluate(() => (window as unknown as { heed: { state(): { need: { level: string } } } }).heed.state().need.level)).toBe('low');
    await page.locator('heed-help').getByRole('button', { name: 'Help', exact: true }).click();
    await expect(page.locator('heed-help').getByRole('dialog', { name: 'How can we help?' })).toBeVisible();
    expect(errors).toEqual([]);
  });
}
