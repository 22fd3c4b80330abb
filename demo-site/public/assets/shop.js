// Level & Plumb — the demo shop's only script: catalogue, search, cart and checkout.
// A classic, deferred script shared by every page. It knows nothing about Heed: Heed watches
// the page from the outside (see /heed.config.json).
(() => {
  'use strict';

  /** The catalogue, kept in step with the static product pages under /products/. */
  const PRODUCTS = [
    {"slug":"box-beam-level-600","name":"Box Beam Spirit Level, 600 mm","price":34.5,"category":"Spirit levels","summary":"Rigid aluminium box beam with three shock-mounted vials. The everyday level for shelves, frames and worktops.","keywords":["spirit level","box beam","vial","shelf","worktop","aluminium","2ft","24 inch"],"image":"/assets/img/level-600.svg"},
    {"slug":"box-beam-level-1200","name":"Box Beam Spirit Level, 1200 mm","price":52,"category":"Spirit levels","summary":"The long box beam for door linings, stud walls and kitchen runs, with hand holes and two milled edges.","keywords":["spirit level","box beam","vial","door","stud wall","kitchen","4ft","48 inch"],"image":"/assets/img/level-1200.svg"},
    {"slug":"torpedo-level","name":"Magnetic Torpedo Level, 230 mm","price":14.95,"category":"Spirit levels","summary":"Pocket-sized level with rare-earth magnets and a V-groove that sits true on pipes and conduit.","keywords":["spirit level","torpedo","magnetic","pipe","conduit","pocket","small"],"image":"/assets/img/torpedo.svg"},
    {"slug":"plasterers-level-1800","name":"Plasterer’s Level, 1800 mm","price":64,"category":"Spirit levels","summary":"A long, light I-beam level for screeds, render and floors, with a straight edge you can rule off against.","keywords":["spirit level","plasterer","i-beam","screed","render","floor","long","6ft"],"image":"/assets/img/level-1800.svg"},
    {"slug":"digital-level-600","name":"Digital Level, 600 mm","price":89,"category":"Spirit levels","summary":"Reads angles to 0.1° on a backlit display, beeps when level, and still has two spirit vials as a check.","keywords":["spirit level","digital","inclinometer","angle","degrees","percent","roof pitch","electronic"],"image":"/assets/img/digital.svg"},
    {"slug":"post-level","name":"Post & Pipe Level","price":9.5,"category":"Spirit levels","summary":"Wraps around the corner of a fence post or pipe and shows plumb in two directions at once.","keywords":["spirit level","post","fence","pipe","plumb","corner","deck"],"image":"/assets/img/post.svg"},
    {"slug":"line-level","name":"Line Level, pack of 2","price":6.25,"category":"Spirit levels","summary":"A small vial on hooks that hangs on a taut string line, for fence runs, patios and trench falls.","keywords":["spirit level","line level","string","patio","fence","landscaping","trench"],"image":"/assets/img/line.svg"},
    {"slug":"brass-plumb-bob","name":"Brass Plumb Bob, 400 g","price":18,"category":"Measuring & marking","summary":"Solid turned brass with a hardened, replaceable steel tip and 5 m of braided line.","keywords":["plumb bob","plumb","brass","vertical","line","transfer","ceiling"],"image":"/assets/img/plumb-bob.svg"},
    {"slug":"tape-measure-8m","name":"Tape Measure, 8 m / 26 ft","price":16.5,"category":"Measuring & marking","summary":"A 25 mm nylon-coated blade that stands out to 3 m, with a true-zero hook and metric and imperial markings.","keywords":["tape measure","tape","measure","metric","imperial","blade","8m","26ft"],"image":"/assets/img/tape.svg"},
    {"slug":"combination-square","name":"Combination Square, 300 mm","price":27,"category":"Measuring & marking","summary":"A hardened steel rule in a cast head with 90° and 45° faces, a small vial and a scriber.","keywords":["square","combination square","try square","mitre","rule","marking","woodwork"],"image":"/assets/img/square.svg"},
    {"slug":"chalk-line-reel","name":"Chalk Line Reel, 30 m","price":12.75,"category":"Measuring & marking","summary":"A geared 3:1 reel with 30 m of braided line and a pack of blue chalk. Doubles as a plumb bob.","keywords":["chalk line","chalk","line","reel","marking","floor","roof","snap line"],"image":"/assets/img/chalk.svg"},
    {"slug":"wheel-marking-gauge","name":"Wheel Marking Gauge","price":22,"category":"Measuring & marking","summary":"A hardened cutting wheel on a 150 mm beam with a brass fence and fine adjustment, for crisp lines with and across the grain.","keywords":["marking gauge","gauge","wheel","woodwork","joinery","mortise","marking"],"image":"/assets/img/gauge.svg"},
  ];

  const CART_KEY = 'lp-cart';
  const ORDER_KEY = 'lp-last-order';
  const FREE_DELIVERY_FROM = 50;
  const DELIVERY = { standard: 4.95, 'next-day': 7.95, collect: 0 };

  const $ = (selector, root = document) => root.querySelector(selector);
  const bySlug = new Map(PRODUCTS.map((product) => [product.slug, product]));
  const money = (amount) => `\u00a3${amount.toFixed(2)}`;
  const escapeHtml = (text) =>
    String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

  // ---------------------------------------------------------------- storage

  const memory = {};
  const storage = (kind) => {
    try {
      const store = window[kind];
      const probe = '__lp';
      store.setItem(probe, probe);
      store.removeItem(probe);
      return store;
    } catch {
      return { getItem: (k) => memory[k] ?? null, setItem: (k, v) => { memory[k] = String(v); }, removeItem: (k) => { delete memory[k]; } };
    }
  };
  const local = storage('localStorage');
  const session = storage('sessionStorage');

  /** @returns {Array<{slug: string, qty: number}>} */
  const readCart = () => {
    try {
      const lines = JSON.parse(local.getItem(CART_KEY) || '[]');
      return Array.isArray(lines) ? lines.filter((line) => bySlug.has(line.slug) && line.qty > 0) : [];
    } catch {
      return [];
    }
  };
  const writeCart = (lines) => {
    local.setItem(CART_KEY, JSON.stringify(lines));
    updateCartCount();
  };
  const cartTotals = (lines, delivery = 'standard') => {
    const subtotal = lines.reduce((sum, line) => sum + bySlug.get(line.slug).price * line.qty, 0);
    let shipping = lines.length === 0 ? 0 : DELIVERY[delivery] ?? DELIVERY.standard;
    if (delivery === 'standard' && subtotal >= FREE_DELIVERY_FROM) shipping = 0;
    return { subtotal, shipping, total: subtotal + shipping };
  };

  function updateCartCount() {
    const count = readCart().reduce((sum, line) => sum + line.qty, 0);
    for (const badge of document.querySelectorAll('[data-cart-count]')) badge.textContent = String(count);
  }

  // ---------------------------------------------------------------- search

  const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'for', 'with', 'of', 'to', 'in', 'on', 'my']);
  const normalise = (text) =>
    text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2019']/g, '').replace(/[^a-z0-9.]+/g, ' ').trim();
  const tokens = (text) =>
    normalise(text)
      .split(' ')
      .filter((token) => token && !STOP_WORDS.has(token))
      .map((token) => (token.length > 3 && token.endsWith('s') && !token.endsWith('ss') ? token.slice(0, -1) : token));

  /** Products whose name, category, summary or keywords contain every word of the query. */
  function search(query) {
    const words = tokens(query);
    if (words.length === 0) return [];
    return PRODUCTS.map((product) => {
      const name = normalise(product.name);
      const text = normalise([product.name, product.category, product.summary, ...product.keywords].join(' '));
      if (!words.every((word) => text.includes(word))) return null;
      return { product, score: words.filter((word) => name.includes(word)).length };
    })
      .filter(Boolean)
      .sort((a, b) => b.score - a.score)
      .map((hit) => hit.product);
  }

  const productCard = (product, heading = 'h2') => `
      <li class="product-card">
        <img src="${product.image}" width="400" height="300" alt="" loading="lazy">
        <${heading} class="product-name"><a href="/products/${product.slug}.html">${escapeHtml(product.name)}</a></${heading}>
        <p class="product-summary">${escapeHtml(product.summary)}</p>
        <p class="price">${money(product.price)}</p>
      </li>`;

  function initSearchPage() {
    const results = $('#results');
    const summary = $('#search-summary');
    const query = (new URLSearchParams(location.search).get('q') || '').trim();
    const input = $('#q');
    if (input) input.value = query;

    if (!query) {
      summary.textContent = '';
      results.innerHTML = `<p class="search-prompt">Type what you are looking for in the search box above, for example <a href="/search.html?q=spirit+level">spirit level</a>, <a href="/search.html?q=square">square</a> or <a href="/search.html?q=tape">tape</a>.</p>`;
      return;
    }
    document.title = `\u201c${query}\u201d \u00b7 Search \u00b7 Level & Plumb`;
    const hits = search(query);
    const quoted = `\u201c${escapeHtml(query)}\u201d`;
    if (hits.length === 0) {
      summary.textContent = `0 products for \u201c${query}\u201d`;
      results.innerHTML = `
      <div class="no-results">
        <h2>No products match ${quoted}</h2>
        <p>Check the spelling, or try a more general word such as <a href="/search.html?q=level">level</a>, <a href="/search.html?q=square">square</a> or <a href="/search.html?q=tape">tape</a>.</p>
        <p>You can also browse <a href="/category/levels.html">spirit levels</a> or <a href="/category/measuring.html">measuring and marking tools</a>, or read <a href="/help/choosing-a-spirit-level.html">which level do I need?</a></p>
      </div>`;
      return;
    }
    summary.textContent = `${hits.length} ${hits.length === 1 ? 'product' : 'products'} for \u201c${query}\u201d`;
    results.innerHTML = `<ul class="product-grid">${hits.map((product) => productCard(product)).join('')}\n      </ul>`;
  }

  // ---------------------------------------------------------------- product page

  function initProductPage() {
    const form = $('#add-to-cart-form');
    const status = $('#cart-status');
    if (!form) return;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const qtyInput = form.elements.namedItem('qty');
      if (!qtyInput.checkValidity()) {
        qtyInput.reportValidity();
        return;
      }
      const product = bySlug.get(form.dataset.slug);
      const qty = Math.max(1, Math.min(20, Math.round(Number(qtyInput.value) || 1)));
      const lines = readCart();
      const line = lines.find((item) => item.slug === product.slug);
      if (line) line.qty = Math.min(20, line.qty + qty);
      else lines.push({ slug: product.slug, qty });
      writeCart(lines);
      status.innerHTML = `Added ${qty} \u00d7 ${escapeHtml(product.name)} to your cart. <a href="/cart.html">View cart</a>`;
    });
  }

  // ---------------------------------------------------------------- cart page

  function renderCart() {
    const container = $('#cart-items');
    const lines = readCart();
    const { subtotal, shipping, total } = cartTotals(lines);
    $('#cart-subtotal').textContent = money(subtotal);
    $('#cart-delivery').textContent = lines.length === 0 ? '\u2014' : shipping === 0 ? 'Free' : money(shipping);
    $('#cart-total').textContent = money(total);
    if (lines.length === 0) {
      container.innerHTML = `
          <div class="cart-empty">
            <p>Your cart is empty.</p>
            <p>Start with <a href="/category/levels.html">spirit levels</a> or <a href="/category/measuring.html">measuring and marking tools</a>.</p>
          </div>`;
      return;
    }
    container.innerHTML = `
          <ul class="cart-list">${lines
            .map(({ slug, qty }) => {
              const product = bySlug.get(slug);
              const name = escapeHtml(product.name);
              return `
            <li class="cart-row" data-slug="${slug}">
              <img src="${product.image}" width="96" height="72" alt="">
              <div class="cart-row-name">
                <a href="/products/${slug}.html">${name}</a>
                <span class="unit-price">${money(product.price)} each</span>
              </div>
              <div class="stepper" role="group" aria-label="Quantity of ${name}">
                <button type="button" data-action="decrease" aria-label="Remove one ${name}"${qty <= 1 ? ' disabled' : ''}>\u2212</button>
                <output aria-live="polite">${qty}</output>
                <button type="button" data-action="increase" aria-label="Add one more ${name}"${qty >= 20 ? ' disabled' : ''}>+</button>
              </div>
              <span class="line-total">${money(product.price * qty)}</span>
              <button type="button" class="link-button" data-action="remove">Remove<span class="visually-hidden"> ${name}</span></button>
            </li>`;
            })
            .join('')}
          </ul>`;
  }

  function initCartPage() {
    renderCart();
    const container = $('#cart-items');
    container.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-action]');
      if (!button) return;
      const slug = button.closest('[data-slug]').dataset.slug;
      const action = button.dataset.action;
      const lines = readCart();
      const line = lines.find((item) => item.slug === slug);
      if (!line) return;
      if (action === 'increase') line.qty = Math.min(20, line.qty + 1);
      if (action === 'decrease') line.qty = Math.max(1, line.qty - 1);
      writeCart(action === 'remove' ? lines.filter((item) => item !== line) : lines);
      renderCart();
      // Keep keyboard focus where it was: on the same control in the re-rendered row, or the list.
      const row = container.querySelector(`[data-slug="${slug}"]`);
      const target = row
        ? row.querySelector(`[data-action="${action}"]:not([disabled])`) || row.querySelector('[data-action]:not([disabled])')
        : container.querySelector('a, button');
      (target || $('#checkout-link')).focus();
    });
    // The "Apply coupon" button (#apply-coupon) is deliberately broken: it has no handler at all,
    // so clicking it changes nothing. It is the demo's dead-click / rage-click target.
  }

  // ---------------------------------------------------------------- checkout

  const MESSAGES = {
    email: { valueMissing: 'Enter your email address', typeMismatch: 'Enter an email address in the right format, like name@example.com' },
    'full-name': { valueMissing: 'Enter your full name' },
    'address-line1': { valueMissing: 'Enter the first line of your address' },
    town: { valueMissing: 'Enter your town or city' },
    postcode: { valueMissing: 'Enter your postcode', patternMismatch: 'Enter a real UK postcode, like HX7 1AB' },
    'card-number': {
      valueMissing: 'Enter your card number',
      patternMismatch: 'Enter the 16-digit card number, like 4242 4242 4242 4242',
      customError: 'This card number is not valid: check it for typing mistakes',
    },
    'card-expiry': { valueMissing: 'Enter the expiry date', patternMismatch: 'Enter the expiry date as MM/YY, like 04/28', customError: 'This card has expired' },
    'card-cvc': { valueMissing: 'Enter the security code', patternMismatch: 'Enter the 3 or 4 digit security code from the back of your card' },
    'card-name': { valueMissing: 'Enter the name as it is written on your card' },
  };

  const BLANK = 'blank';
  const luhn = (digits) => {
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
      let digit = Number(digits[digits.length - 1 - i]);
      if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    return sum % 10 === 0;
  };

  /** Checks HTML constraints cannot express; they show up as `customError` in `validity`. */
  function customCheck(input) {
    input.setCustomValidity('');
    const value = input.value.trim();
    if (input.required && value === '' && input.value !== '') input.setCustomValidity(BLANK); // only spaces
    if (!input.validity.valid) return;
    if (input.id === 'card-number' && !luhn(value.replace(/\s/g, ''))) input.setCustomValidity('luhn');
    if (input.id === 'card-expiry') {
      const [month, year] = value.split('/').map((part) => Number(part.trim()));
      const now = new Date();
      const expired = 2000 + year < now.getFullYear() || (2000 + year === now.getFullYear() && month < now.getMonth() + 1);
      if (expired) input.setCustomValidity('expired');
    }
  }

  const messageFor = (input) => {
    const messages = MESSAGES[input.id] || {};
    let flag = ['valueMissing', 'typeMismatch', 'patternMismatch', 'customError'].find((key) => input.validity[key]);
    if (flag === 'customError' && input.validationMessage === BLANK) flag = 'valueMissing';
    return messages[flag] || messages.valueMissing || 'Check this field';
  };

  function showFieldError(input, message) {
    const error = $(`#${input.id}-error`);
    error.innerHTML = `<span class="visually-hidden">Error:</span> ${escapeHtml(message)}`;
    error.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', [$(`#${input.id}-hint`) && `${input.id}-hint`, error.id].filter(Boolean).join(' '));
    input.closest('.field').classList.add('has-error');
  }

  function clearFieldError(input) {
    const error = $(`#${input.id}-error`);
    if (!error || error.hidden) return;
    error.hidden = true;
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    if ($(`#${input.id}-hint`)) input.setAttribute('aria-describedby', `${input.id}-hint`);
    else input.removeAttribute('aria-describedby');
    input.closest('.field').classList.remove('has-error');
  }

  function renderSummary(invalid) {
    const summary = $('#error-summary');
    const list = $('#error-list');
    if (invalid.length === 0) {
      summary.hidden = true;
      list.textContent = '';
      return;
    }
    list.innerHTML = invalid.map((input) => `<li><a href="#${input.id}">${escapeHtml(messageFor(input))}</a></li>`).join('');
    summary.hidden = false;
  }

  function renderCheckoutSummary(form) {
    const lines = readCart();
    const delivery = form.elements.namedItem('delivery').value;
    const { subtotal, shipping, total } = cartTotals(lines, delivery);
    $('#checkout-items').innerHTML =
      lines.length === 0
        ? '<p class="small">Your cart is empty. You can still try the form: this is a demo, and no order is placed.</p>'
        : `<ul class="mini-cart">${lines
            .map(({ slug, qty }) => `<li><span>${qty} \u00d7 ${escapeHtml(bySlug.get(slug).name)}</span><span>${money(bySlug.get(slug).price * qty)}</span></li>`)
            .join('')}</ul>`;
    $('#checkout-subtotal').textContent = money(subtotal);
    $('#checkout-delivery').textContent = shipping === 0 ? 'Free' : money(shipping);
    $('#checkout-total').textContent = money(total);
    const standard = $('[data-delivery-price="standard"]');
    if (standard) standard.textContent = subtotal >= FREE_DELIVERY_FROM ? 'Free' : money(DELIVERY.standard);
  }

  function initCheckoutPage() {
    const form = $('#checkout-form');
    const summary = $('#error-summary');
    const inputs = [...form.querySelectorAll('input:not([type=radio])')];
    renderCheckoutSummary(form);
    form.addEventListener('change', (event) => {
      if (event.target.name === 'delivery') renderCheckoutSummary(form);
    });

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      inputs.forEach(customCheck);
      // With `novalidate`, checkValidity() still fires an `invalid` event at every invalid field.
      const valid = form.checkValidity();
      const invalid = inputs.filter((input) => !input.validity.valid);
      for (const input of inputs) {
        if (input.validity.valid) clearFieldError(input);
        else showFieldError(input, messageFor(input));
      }
      renderSummary(invalid);
      if (!valid) {
        summary.focus();
        return;
      }
      const orderNumber = `LP-${10500 + Math.floor(Math.random() * 400)}`;
      session.setItem(ORDER_KEY, orderNumber);
      writeCart([]);
      location.assign('/checkout/thanks.html');
    });

    // Fixing a field clears its error as soon as it is valid; new errors only appear on submit.
    form.addEventListener('input', (event) => {
      const input = event.target;
      if (input.getAttribute('aria-invalid') !== 'true') return;
      customCheck(input);
      if (input.validity.valid) {
        clearFieldError(input);
        renderSummary(inputs.filter((other) => other.getAttribute('aria-invalid') === 'true'));
      }
    });

    // Links in the error summary move focus to the field, with its label in view.
    $('#error-list').addEventListener('click', (event) => {
      const link = event.target.closest('a');
      if (!link) return;
      event.preventDefault();
      const input = $(link.getAttribute('href'));
      input.closest('.field').scrollIntoView({ block: 'start' });
      input.focus({ preventScroll: true });
    });
  }

  function initThanksPage() {
    const number = session.getItem(ORDER_KEY);
    if (number) $('#order-number').textContent = number;
  }

  // ---------------------------------------------------------------- start

  const init = {
    search: initSearchPage,
    product: initProductPage,
    cart: initCartPage,
    checkout: initCheckoutPage,
    thanks: initThanksPage,
  }[document.body.dataset.page];
  updateCartCount();
  if (init) init();

  // Another tab changed the cart, or this page came back from the back/forward cache.
  addEventListener('storage', (event) => {
    if (event.key !== CART_KEY) return;
    updateCartCount();
    if (document.body.dataset.page === 'cart') renderCart();
  });
  addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    updateCartCount();
    if (document.body.dataset.page === 'cart') renderCart();
  });
})();
