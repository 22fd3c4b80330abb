// Steps the persona scripts share: finding links, buying, filling the checkout, bursts of clicks.

/** A shorthand for locating links by their accessible name. */
export const link = (v, name) => v.page.getByRole('link', { name, exact: true }).first();

/** Adds the product on the current page to the cart and opens the cart. */
export async function addToCartAndOpenCart(v) {
  await v.page.locator('#add-to-cart').click();
  await v.tick(1500);
  await v.follow(v.page.locator('#cart-status').getByRole('link', { name: 'View cart' }));
}

/** Fills the checkout form field by field, typing like a person (`pause` ms after each field). */
export async function fillCheckout(v, { postcode = 'HX7 1AB', pause = 3000 } = {}) {
  const fields = [
    ['#email', 'sam.taylor@example.com'],
    ['#full-name', 'Sam Taylor'],
    ['#address-line1', '12 Canal Street'],
    ['#town', 'Hebden Bridge'],
    ['#postcode', postcode],
    ['#card-number', '4242 4242 4242 4242'],
    ['#card-expiry', '04/29'],
    ['#card-cvc', '123'],
    ['#card-name', 'S Taylor'],
  ];
  for (const [selector, text] of fields) await v.type(selector, text, pause);
}

/** Clicks `locator` `times` times, `gap` ms apart (fake clock). */
export async function clickBurst(v, locator, times = 3, gap = 250) {
  for (let i = 0; i < times; i++) {
    await locator.click();
    if (i < times - 1) await v.tick(gap);
  }
}
