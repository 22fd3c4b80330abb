// The scripted visitors. Each `act(v)` drives a Visitor (./visitor.mjs) on the demo shop with the
// fake clock; those who need help mark their onset with `v.onset()`: the moment a person watching
// over their shoulder would say "they are stuck" — as a rule, when the trouble happens a second
// time (second failed search, a burst of clicks after a first click did nothing, second rejection
// of the same field, second quick return, third Back in a loop), or, for a stall, when it has lasted as long as the site owner said means trouble.
// Everyone first spends some time on the site, as real visitors do.

/** A shorthand for locating links by their accessible name. */
const link = (v, name) => v.page.getByRole('link', { name, exact: true }).first();

/** Adds the product on the current page to the cart and opens the cart. */
async function addToCartAndOpenCart(v) {
  await v.page.locator('#add-to-cart').click();
  await v.tick(1500);
  await v.follow(v.page.locator('#cart-status').getByRole('link', { name: 'View cart' }));
}

/** Fills the checkout form field by field, typing like a person (`pause` ms after each field). */
async function fillCheckout(v, { postcode = 'HX7 1AB', pause = 3000 } = {}) {
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
async function clickBurst(v, locator, times = 3, gap = 250) {
  for (let i = 0; i < times; i++) {
    await locator.click();
    if (i < times - 1) await v.tick(gap);
  }
}

export const PERSONAS = [
  // ------------------------------------------------------------ visitors who do not need help
  {
    name: 'long-article reader (help article)',
    needsHelp: false,
    async act(v) {
      await v.goto('/help/');
      await v.fidget(6000);
      await v.follow(link(v, 'Choosing a spirit level'));
      await v.read(240_000, { every: 5000, step: 140 });
    },
  },
  {
    name: 'comparison shopper using Back between products',
    needsHelp: false,
    async act(v) {
      await v.goto('/category/levels.html');
      await v.read(15_000);
      const products = [
        ['Box Beam Spirit Level, 600 mm', 40_000],
        ['Box Beam Spirit Level, 1200 mm', 35_000],
        ['Plasterer’s Level, 1800 mm', 30_000],
        ['Digital Level, 600 mm', 25_000],
      ];
      for (const [name, ms] of products) {
        await v.follow(link(v, name));
        await v.read(ms, { every: 5000, step: 120 });
        if (name.startsWith('Digital')) break;
        await v.back();
        await v.fidget(3000, 1500);
      }
      await v.page.locator('#add-to-cart').click();
      await v.fidget(4000);
    },
  },
  {
    name: 'text selector double- and triple-clicking',
    needsHelp: false,
    async act(v) {
      await v.goto('/products/box-beam-level-1200.html');
      await v.fidget(16_000);
      const paragraphs = v.page.locator('.product-details p');
      for (let i = 0; i < 3; i++) {
        const box = await paragraphs.nth(i).boundingBox();
        await v.page.mouse.dblclick(box.x + 60 + i * 25, box.y + 8);
        await v.tick(2500);
        await v.page.mouse.click(box.x + 120, box.y + 8, { clickCount: 3 });
        await v.page.keyboard.press('ControlOrMeta+c');
        await v.tick(6000);
        await v.fidget(6000);
      }
      await v.page.locator('#add-to-cart').click();
      await v.fidget(4000);
    },
  },
  {
    name: 'successful repeat searcher',
    needsHelp: false,
    async act(v) {
      await v.goto('/');
      await v.fidget(10_000);
      await v.search('spirit level');
      await v.fidget(4000);
      await v.follow(link(v, 'Box Beam Spirit Level, 600 mm'));
      await v.read(20_000);
      await v.search('tape measure');
      await v.fidget(3000);
      await v.follow(link(v, 'Tape Measure, 8 m / 26 ft'));
      await v.read(15_000);
      await v.search('chalk line');
      await v.fidget(3000);
      await v.follow(link(v, 'Chalk Line Reel, 30 m'));
      await v.read(12_000);
      await v.page.locator('#add-to-cart').click();
      await v.fidget(4000);
    },
  },
  {
    name: 'SPA user using Back in /account/',
    needsHelp: false,
    async act(v) {
      await v.goto('/account/');
      await v.fidget(8000);
      const nav = v.page.getByRole('navigation', { name: 'Your account' });
      await v.route(nav.getByRole('link', { name: 'Orders' }));
      await v.fidget(6000);
      await v.route(link(v, 'Order LP-10418'));
      await v.read(25_000, { every: 5000, step: 100 });
      await v.back({ spa: true });
      await v.fidget(3000);
      await v.route(link(v, 'Order LP-10412'));
      await v.read(22_000, { every: 5000, step: 100 });
      await v.back({ spa: true });
      await v.fidget(3000);
      await v.route(nav.getByRole('link', { name: 'Settings' }));
      await v.fidget(6000);
      await v.back({ spa: true });
      await v.fidget(4000);
    },
  },
  {
    name: 'tab left in the background',
    needsHelp: false,
    async act(v) {
      await v.goto('/products/digital-level-600.html');
      await v.read(20_000);
      // Off to another tab (the pointer goes up to the tab bar), back ten minutes later.
      await v.exitMove();
      await v.setHidden(true);
      await v.page.clock.runFor(600_000); // nothing happens in a hidden tab: one jump
      await v.setHidden(false);
      await v.fidget(10_000);
      await v.page.locator('#add-to-cart').click();
      await v.fidget(5000);
    },
  },
  {
    name: 'careful buyer completing checkout',
    needsHelp: false,
    async act(v) {
      await v.goto('/products/combination-square.html');
      await v.read(12_000);
      await addToCartAndOpenCart(v);
      await v.fidget(5000);
      await v.follow(v.page.locator('#checkout-link'));
      await v.fidget(3000);
      await fillCheckout(v, { pause: 3500 });
      await v.page.locator('#delivery-next-day').check();
      await v.fidget(5000);
      await v.follow(v.page.locator('#place-order'));
      await v.fidget(5000);
    },
  },
  {
    name: 'cart adjuster clicking the quantity stepper fast',
    needsHelp: false,
    async act(v) {
      await v.goto('/products/tape-measure-8m.html');
      await v.read(12_000);
      await addToCartAndOpenCart(v);
      await v.fidget(4000);
      await clickBurst(v, v.page.getByRole('button', { name: /^Add one more/ }), 4, 250);
      await v.fidget(3000);
      await clickBurst(v, v.page.getByRole('button', { name: /^Remove one/ }), 2, 300);
      await v.fidget(4000);
      await v.follow(v.page.locator('#checkout-link'));
      await v.fidget(6000);
    },
  },

  // ------------------------------------------------------------ visitors who need help
  {
    name: 'zero-result searcher',
    needsHelp: true,
    onset: 'the second search that finds nothing is submitted',
    async act(v) {
      await v.goto('/');
      await v.read(20_000);
      await v.search('laser level');
      await v.fidget(6000);
      await v.search('tripod stand', { onset: true });
      await v.fidget(10_000);
    },
  },
  {
    name: 'typo searcher who refines ("sprit levl" → "spirit level")',
    needsHelp: true,
    onset: 'the refined query is submitted after the typo found nothing',
    async act(v) {
      await v.goto('/category/levels.html');
      await v.read(20_000);
      await v.search('sprit levl');
      await v.fidget(5000);
      await v.search('spirit level', { onset: true });
      await v.fidget(10_000);
    },
  },
  {
    name: 'pogo-sticker (category → product → back quickly, twice)',
    needsHelp: true,
    onset: 'the second quick return to the category list',
    async act(v) {
      await v.goto('/category/levels.html');
      await v.read(20_000);
      await v.follow(link(v, 'Magnetic Torpedo Level, 230 mm'));
      await v.tick(3000);
      await v.back();
      await v.fidget(3000);
      await v.follow(link(v, 'Post & Pipe Level'));
      await v.tick(4000);
      await v.onset((await v.now()) + 300);
      await v.back();
      await v.fidget(10_000);
    },
  },
  {
    name: 'rage clicker on #apply-coupon',
    needsHelp: true,
    onset: 'the burst of clicks on "Apply coupon" after a first click did nothing (the second try)',
    async act(v) {
      await v.goto('/products/box-beam-level-600.html');
      await v.read(12_000);
      await addToCartAndOpenCart(v);
      await v.fidget(4000);
      await v.type('#coupon-code', 'SPRING10', 1500);
      const apply = v.page.locator('#apply-coupon');
      await apply.click();
      await v.fidget(3000, 1000);
      await v.onset();
      await clickBurst(v, apply, 3, 250);
      await v.fidget(4000, 1000);
      await clickBurst(v, apply, 3, 250);
      await v.fidget(10_000);
    },
  },
  {
    name: 'form-error loop at checkout',
    needsHelp: true,
    onset: 'the postcode is rejected a second time',
    async act(v) {
      await v.goto('/products/torpedo-level.html');
      await v.read(8000);
      await addToCartAndOpenCart(v);
      await v.fidget(3000);
      await v.follow(v.page.locator('#checkout-link'));
      await fillCheckout(v, { postcode: '12345', pause: 2500 });
      const place = v.page.locator('#place-order');
      await place.click();
      await v.fidget(4000);
      await v.type('#postcode', 'SW1', 1000);
      await v.onset();
      await place.click();
      await v.fidget(4000);
      await v.type('#postcode', 'SW1A1', 1000);
      await place.click();
      await v.fidget(10_000);
    },
  },
  {
    name: 'back-and-forth looper',
    needsHelp: true,
    onset: 'the third Back in the loop (the same two products again)',
    async act(v) {
      await v.goto('/category/measuring.html');
      await v.read(16_000);
      const products = ['Tape Measure, 8 m / 26 ft', 'Combination Square, 300 mm', 'Tape Measure, 8 m / 26 ft', 'Combination Square, 300 mm'];
      for (const [i, name] of products.entries()) {
        await v.follow(link(v, name));
        await v.read(12_000, { every: 4000, step: 80 });
        if (i === 2) await v.onset((await v.now()) + 300);
        await v.back();
        await v.fidget(2000, 1000);
      }
      await v.fidget(10_000);
    },
  },
  {
    name: 'visitor stalled at checkout (dwellSeconds 60)',
    needsHelp: true,
    onset: 'a minute on /checkout/ without getting anywhere (the page rule says a stall that long means trouble)',
    async act(v) {
      await v.goto('/products/line-level.html');
      await v.read(10_000);
      await addToCartAndOpenCart(v);
      await v.fidget(4000);
      await v.follow(v.page.locator('#checkout-link'));
      const arrived = await v.now();
      await v.type('#email', 'jo@example.com', 3000);
      await v.type('#full-name', 'Jo Smith', 3000);
      // Then stuck: the pointer wanders, the page moves a little up and down, nothing is entered.
      for (let i = 0; i < 14; i++) {
        await v.page.mouse.move(500 + (i % 4) * 40, 300 + (i % 3) * 60);
        if (i % 4 === 1) await v.page.mouse.wheel(0, i % 8 === 1 ? 120 : -120);
        await v.tick(4000);
      }
      await v.onset(arrived + 60_000);
      await v.fidget(10_000);
    },
  },
  {
    name: 'dismisses the offer ("No thanks") and keeps struggling',
    needsHelp: true,
    onset: 'the second search that finds nothing is submitted',
    dismisses: true,
    async act(v) {
      await v.goto('/');
      await v.read(20_000);
      await v.search('laser level');
      await v.fidget(6000);
      await v.search('laser line', { onset: true });
      if (await v.waitForOffer()) await v.dismissOffer();
      await v.fidget(5000);
      // Keeps struggling: more searches that find nothing, then pogo-sticking in a category.
      await v.search('cross line laser');
      await v.fidget(6000);
      await v.search('laser tripod');
      await v.fidget(6000);
      await v.follow(v.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Spirit levels' }));
      await v.fidget(4000);
      for (const name of ['Digital Level, 600 mm', 'Line Level, pack of 2']) {
        await v.follow(link(v, name));
        await v.tick(3000);
        await v.back();
        await v.fidget(3000);
      }
      await v.page.locator('#q').click();
      await v.fidget(30_000);
    },
  },
];
