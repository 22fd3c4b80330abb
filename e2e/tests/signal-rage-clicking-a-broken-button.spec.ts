import { expect, test, type Locator } from '@playwright/test';
import { needs, open, signals } from './helpers';

// rage-click (SPEC §3): ≥ 3 clicks ≤ 1 s apart within 30 px on the same target; not on text
// inputs, steppers, pagination, or when text got selected.

/** Three separate quick clicks, the way an impatient visitor hammers a control. */
async function hammer(target: Locator, times = 3) {
  for (let i = 0; i < times; i++) await target.click();
}

test.beforeEach(async ({ page }) => {
  await page.clock.install();
  await open(page, '/signals/rage.html');
});

test('three fast clicks on a button that does nothing are a rage click, named after the button', async ({ page }) => {
  await hammer(page.getByRole('button', { name: 'Apply coupon' }));
  const rage = await signals(page, 'rage-click');
  expect(rage.map((s) => s.detail)).toEqual([{ element: 'Apply coupon', clicks: 3 }]);
  expect(rage[0].weight).toBe(2);
  expect((await needs(page)).map((n) => n.level)).toEqual(['low']);

  // A pause, then a second burst: two bursts reach high need on their own (SPEC §4).
  await page.clock.runFor(1500);
  await hammer(page.getByRole('button', { name: 'Apply coupon' }));
  expect(await signals(page, 'rage-click')).toHaveLength(2);
  expect((await needs(page)).map((n) => n.level)).toEqual(['low', 'high']);
});

test('a fourth and fifth click in the same burst do not count again', async ({ page }) => {
  await hammer(page.getByRole('button', { name: 'Apply coupon' }), 5);
  expect(await signals(page, 'rage-click')).toHaveLength(1);
});

test('double- and triple-clicking a paragraph to select its text is not rage', async ({ page }) => {
  const terms = page.locator('#terms');
  await terms.dblclick();
  await page.clock.runFor(1500);
  await terms.click({ clickCount: 3 });
  // The clicks did select text, so the guard is what kept them from counting.
  expect(await page.evaluate(() => getSelection()!.toString())).toContain('terms of sale');
  await terms.click({ clickCount: 3 });
  expect(await signals(page, 'rage-click')).toEqual([]);
});

test('three fast clicks into a number field are not rage', async ({ page }) => {
  await hammer(page.getByRole('spinbutton', { name: 'Quantity', exact: true }));
  expect(await signals(page, 'rage-click')).toEqual([]);
});

test('three fast clicks on a quantity stepper are not rage', async ({ page }) => {
  await hammer(page.getByRole('button', { name: 'Increase quantity' }));
  await expect(page.locator('#qty')).toHaveValue('4');
  await expect(page.locator('#subtotal')).toHaveText('€99.60');
  await hammer(page.getByRole('button', { name: 'Decrease quantity' }));
  await expect(page.locator('#qty')).toHaveValue('1');
  expect(await signals(page, 'rage-click')).toEqual([]);
});

test('three fast clicks on a pagination link are not rage', async ({ page }) => {
  await hammer(page.getByRole('link', { name: 'Next' }));
  await expect(page.locator('#page-no')).toHaveText('Page 4 of 9');
  expect(await signals(page, 'rage-click')).toEqual([]);
});
