// Personas who do not need help: reading, comparing, selecting text, searching successfully,
// using Back in an SPA, leaving the tab in the background, a careful checkout, a fast stepper.
// Heed must make none of them an offer. The scripts' conventions: ./scripts.mjs.
import { addToCartAndOpenCart, clickBurst, fillCheckout, link } from './steps.mjs';

export const NEED_NO_HELP = [
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

];
