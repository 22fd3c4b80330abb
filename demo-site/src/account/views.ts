// The account views. Each returns a title and HTML; forms wire themselves up in `mount`.
import type { Heed } from '@heed/core';
import { customer, findOrder, loadSettings, orders, saveSettings, subtotal, total, type Order, type Settings } from './data.js';
import type { View } from './router.js';

const escapeHtml = (text: unknown) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const money = (amount: number) => `\u00a3${amount.toFixed(2)}`;
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const isoDate = (date: Date) => date.toISOString();
const orderNumber = (order: Order) => `LP-${order.id}`;
const statusBadge = (order: Order) => `<span class="status status-${order.status.toLowerCase()}">${order.status}</span>`;
const itemCount = (order: Order) => order.lines.reduce((sum, line) => sum + line.qty, 0);

export function profileView(): View {
  const settings = loadSettings();
  const latest = orders[0];
  return {
    title: 'Your account',
    html: `
      <h1>Your account</h1>
      <p class="lede">Hello, ${escapeHtml(settings.name.split(' ')[0])}. Here are your details and your latest order.</p>
      <section class="card" aria-labelledby="details-title">
        <h2 id="details-title">Personal details</h2>
        <dl class="details">
          <dt>Name</dt><dd>${escapeHtml(settings.name)}</dd>
          <dt>Email</dt><dd>${escapeHtml(settings.email)}</dd>
          <dt>Phone</dt><dd>${escapeHtml(settings.phone || 'Not given')}</dd>
          <dt>Customer since</dt><dd><time datetime="${isoDate(customer.memberSince)}">${dateFormat.format(customer.memberSince)}</time></dd>
        </dl>
        <p><a href="/account/settings">Change your details and preferences</a></p>
      </section>
      <section class="card" aria-labelledby="address-title">
        <h2 id="address-title">Delivery address</h2>
        <address>${customer.address.map(escapeHtml).join('<br>')}</address>
      </section>
      <section class="card" aria-labelledby="latest-title">
        <h2 id="latest-title">Latest order</h2>
        <p><a href="/account/orders/${latest.id}">Order ${orderNumber(latest)}</a>, placed ${dateFormat.format(latest.placed)}: ${itemCount(latest)} items, ${money(total(latest))}. ${statusBadge(latest)}</p>
        <p><a href="/account/orders">All your orders</a></p>
      </section>`,
  };
}

export function ordersView(): View {
  return {
    title: 'Your orders',
    html: `
      <h1>Your orders</h1>
      <p class="lede">Orders from the last two years. Open an order to track it or to start a return.</p>
      <table class="orders-table">
        <caption class="visually-hidden">Your orders, newest first</caption>
        <thead><tr><th scope="col">Order</th><th scope="col">Placed</th><th scope="col">Items</th><th scope="col">Total</th><th scope="col">Status</th></tr></thead>
        <tbody>
${orders
  .map(
    (order) => `          <tr>
            <th scope="row"><a href="/account/orders/${order.id}">Order ${orderNumber(order)}</a></th>
            <td><time datetime="${isoDate(order.placed)}">${dateFormat.format(order.placed)}</time></td>
            <td>${itemCount(order)} items</td>
            <td>${money(total(order))}</td>
            <td>${statusBadge(order)}</td>
          </tr>`,
  )
  .join('\n')}
        </tbody>
      </table>`,
  };
}

export function orderView(id: string): View {
  const order = findOrder(id);
  if (!order) {
    return {
      title: 'Order not found',
      html: `
      <h1>Order not found</h1>
      <p>We could not find an order numbered <strong>${escapeHtml(id)}</strong> in your account.</p>
      <p><a href="/account/orders">See all your orders</a></p>`,
    };
  }
  const canReturn = order.status === 'Delivered';
  return {
    title: `Order ${orderNumber(order)}`,
    html: `
      <p><a href="/account/orders">\u2190 All orders</a></p>
      <h1>Order ${orderNumber(order)}</h1>
      <p>Placed <time datetime="${isoDate(order.placed)}">${dateFormat.format(order.placed)}</time> ${statusBadge(order)}</p>
      <section class="card" aria-labelledby="items-title">
        <h2 id="items-title">Items</h2>
        <ul class="mini-cart">
${order.lines
  .map(
    (line) =>
      `          <li><span>${line.qty} \u00d7 <a href="/products/${line.product.slug}.html">${escapeHtml(line.product.name)}</a></span><span>${money(line.product.price * line.qty)}</span></li>`,
  )
  .join('\n')}
        </ul>
        <dl class="totals">
          <div><dt>Subtotal</dt><dd>${money(subtotal(order))}</dd></div>
          <div><dt>Delivery (${escapeHtml(order.delivery.service)})</dt><dd>${order.delivery.price === 0 ? 'Free' : money(order.delivery.price)}</dd></div>
          <div class="grand-total"><dt>Total</dt><dd>${money(total(order))}</dd></div>
        </dl>
      </section>
      <section class="card" aria-labelledby="tracking-title">
        <h2 id="tracking-title">Tracking</h2>
        ${order.delivery.tracking ? `<p>Tracking number <strong>${escapeHtml(order.delivery.tracking)}</strong></p>` : ''}
        <ol class="timeline">
${order.events.map((event) => `          <li><time datetime="${isoDate(event.at)}">${timeFormat.format(event.at)}</time>${escapeHtml(event.text)}</li>`).join('\n')}
        </ol>
      </section>
      <section class="card" aria-labelledby="help-title">
        <h2 id="help-title">Something wrong?</h2>
        <p>${
          canReturn
            ? 'You can return anything from this order until 60 days after delivery. <a href="/help/returns.html#start">How to start a return</a>'
            : order.status === 'Refunded'
              ? 'This order has been refunded. Refunds take 1\u20135 working days to show on your statement. <a href="/help/returns.html#refunds">About refunds</a>'
              : 'Your parcel is on its way. <a href="/help/delivery.html#tracking">What the tracking statuses mean</a>'
        }</p>
        <p>Delivery to: ${customer.address.map(escapeHtml).join(', ')}</p>
      </section>`,
  };
}

const field = (id: keyof Settings, label: string, type: string, value: string, attrs: string, hint?: string) => `
        <div class="field">
          <label for="${id}">${label}</label>${hint ? `\n          <p class="hint" id="${id}-hint">${hint}</p>` : ''}
          <p class="field-error" id="${id}-error" hidden></p>
          <input type="${type}" id="${id}" name="${id}" value="${escapeHtml(value)}"${hint ? ` aria-describedby="${id}-hint"` : ''} ${attrs}>
        </div>`;

const MESSAGES: Record<string, Partial<Record<'valueMissing' | 'typeMismatch' | 'patternMismatch', string>>> = {
  name: { valueMissing: 'Enter your name' },
  email: { valueMissing: 'Enter your email address', typeMismatch: 'Enter an email address in the right format, like name@example.com' },
  phone: { patternMismatch: 'Enter a UK phone number, like 07700 900123, or leave it empty' },
};

const messageFor = (input: HTMLInputElement) => {
  const flag = (['valueMissing', 'typeMismatch', 'patternMismatch'] as const).find((key) => input.validity[key]);
  return (flag && MESSAGES[input.name]?.[flag]) || 'Check this field';
};

export function settingsView(heed: Heed): View {
  const settings = loadSettings();
  const proactive = heed.state().preferences.proactive;
  return {
    title: 'Settings',
    html: `
      <h1>Settings</h1>
      <form class="settings-form" id="settings-form" novalidate>
        <div class="error-summary" id="settings-errors" role="alert" tabindex="-1" aria-labelledby="settings-errors-title" hidden>
          <h2 id="settings-errors-title">There is a problem</h2>
          <ul></ul>
        </div>
        <fieldset>
          <legend>Your details</legend>
${field('name', 'Full name', 'text', settings.name, 'autocomplete="name" required')}
${field('email', 'Email address', 'email', settings.email, 'autocomplete="email" required spellcheck="false"')}
${field('phone', 'Phone (optional)', 'tel', settings.phone, 'autocomplete="tel" pattern="(\\+44 ?|0)[0-9 ]{9,12}"', 'For delivery updates by text and call-backs you ask for.')}
          <div class="choice"><input type="checkbox" id="newsletter" name="newsletter"${settings.newsletter ? ' checked' : ''}><label for="newsletter">Email me about new tools, at most once a month</label></div>
        </fieldset>
        <fieldset>
          <legend>Help on this site</legend>
          <p class="hint">Our help tab is always on the edge of the page. You decide whether it may also offer help by itself.</p>
          <div class="choice"><input type="radio" id="help-on" name="proactive" value="on"${proactive === 'on' ? ' checked' : ''}><label for="help-on">Offer help when I seem stuck</label></div>
          <div class="choice"><input type="radio" id="help-ask-only" name="proactive" value="ask-only"${proactive === 'ask-only' ? ' checked' : ''}><label for="help-ask-only">Only when I ask</label></div>
        </fieldset>
        <button type="submit" class="button" id="save-settings">Save settings</button>
        <p class="form-status" id="settings-status" role="status"></p>
      </form>`,
    mount(root) {
      const form = root.querySelector<HTMLFormElement>('#settings-form')!;
      const summary = form.querySelector<HTMLElement>('#settings-errors')!;
      const status = form.querySelector<HTMLElement>('#settings-status')!;
      const inputs = [...form.querySelectorAll<HTMLInputElement>('input[type=text], input[type=email], input[type=tel]')];

      const setError = (input: HTMLInputElement, message: string | undefined) => {
        const error = form.querySelector<HTMLElement>(`#${input.id}-error`)!;
        const hint = form.querySelector(`#${input.id}-hint`) ? `${input.id}-hint` : '';
        error.hidden = !message;
        error.innerHTML = message ? `<span class="visually-hidden">Error:</span> ${escapeHtml(message)}` : '';
        input.closest('.field')!.classList.toggle('has-error', Boolean(message));
        if (message) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
        const describedBy = [hint, message ? error.id : ''].filter(Boolean).join(' ');
        if (describedBy) input.setAttribute('aria-describedby', describedBy);
        else input.removeAttribute('aria-describedby');
      };

      form.addEventListener('submit', (event) => {
        event.preventDefault();
        status.textContent = '';
        for (const input of inputs) input.value = input.value.trim();
        const valid = form.checkValidity(); // fires `invalid` at each invalid field
        const invalid = inputs.filter((input) => !input.validity.valid);
        for (const input of inputs) setError(input, input.validity.valid ? undefined : messageFor(input));
        summary.hidden = valid;
        summary.querySelector('ul')!.innerHTML = invalid.map((input) => `<li><a href="#${input.id}">${escapeHtml(messageFor(input))}</a></li>`).join('');
        if (!valid) {
          summary.focus();
          return;
        }
        const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
        saveSettings({ name: value('name'), email: value('email'), phone: value('phone'), newsletter: (form.elements.namedItem('newsletter') as HTMLInputElement).checked });
        const choice = form.querySelector<HTMLInputElement>('input[name=proactive]:checked')?.value;
        if (choice === 'on' || choice === 'ask-only') void heed.preferences.set({ proactive: choice });
        status.textContent = 'Your settings are saved.';
      });

      form.addEventListener('input', (event) => {
        const input = event.target as HTMLInputElement;
        if (input.getAttribute('aria-invalid') === 'true' && input.checkValidity()) setError(input, undefined);
      });

      // Heed loads the visitor's saved choice asynchronously; show it once known, unless already changed.
      const radios = [...form.querySelectorAll<HTMLInputElement>('input[name=proactive]')];
      let touched = false;
      for (const radio of radios) radio.addEventListener('change', () => (touched = true));
      void heed.ready.then(() => {
        const saved = heed.state().preferences.proactive;
        if (!touched) for (const radio of radios) radio.checked = radio.value === saved;
      });

      summary.addEventListener('click', (event) => {
        const link = (event.target as Element).closest('a');
        if (!link) return;
        event.preventDefault();
        form.querySelector<HTMLInputElement>(link.getAttribute('href')!)?.focus();
      });
    },
  };
}

export function notFoundView(path: string): View {
  return {
    title: 'Page not found',
    html: `
      <h1>Page not found</h1>
      <p>There is no page at <code>${escapeHtml(path)}</code> in your account.</p>
      <p><a href="/account/">Go to your account</a></p>`,
  };
}
