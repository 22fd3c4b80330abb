// Personas who need help, each marking its onset with `v.onset()`: failed and refined searches,
// pogo-sticking, rage clicks, form errors, a back loop, a stall, and a dismissal. The scripts'
// conventions: ./scripts.mjs.
import { addToCartAndOpenCart, clickBurst, fillCheckout, link } from './steps.mjs';

export const NEED_HELP = [
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
