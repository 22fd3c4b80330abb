// The account area of the demo shop: a single-page app that embeds Heed the npm way.
// Bundled by demo-site/build.mjs into /account/app.js.
import { builtInDetectors, createHeed } from '@heed/core';
import { mountWidget } from '@heed/widget';
import { startRouter } from './router.js';
import { notFoundView, orderView, ordersView, profileView, settingsView } from './views.js';

// createHeed takes a promise of the raw JSON, so the app starts without waiting for the config.
// A missing or broken file leaves Heed on its defaults (the tab still works).
const config = fetch('/heed.config.json')
  .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
  .catch((error: unknown) => {
    console.warn('Level & Plumb: /heed.config.json could not be loaded, Heed runs on its defaults.', error);
    return {};
  });
const heed = createHeed(config, { detectors: builtInDetectors });
mountWidget(heed);

// The same global as the script-tag build, so the console and tests can reach it — including calls
// queued with `window.heed = window.heed || []; heed.push([...])` before this module ran.
const queued = (window as { heed?: unknown }).heed;
Object.assign(window, { heed });
if (Array.isArray(queued)) {
  for (const [method, ...args] of queued as Array<[keyof typeof heed, ...unknown[]]>) {
    const member = heed[method];
    if (typeof member === 'function') (member as (...a: unknown[]) => unknown)(...args);
  }
}
void heed.ready.then(() => dispatchEvent(new CustomEvent('heed:ready', { detail: heed })));

const view = document.getElementById('account-view')!;
const navLinks = [...document.querySelectorAll<HTMLAnchorElement>('.account-nav a')];

startRouter({
  base: '/account',
  root: view,
  routes: [
    { pattern: /^\/account\/$/, render: profileView },
    { pattern: /^\/account\/orders$/, render: ordersView },
    { pattern: /^\/account\/orders\/([^/]+)$/, render: ([id]) => orderView(id!) },
    { pattern: /^\/account\/settings$/, render: () => settingsView(heed) },
  ],
  notFound: notFoundView,
  onRender(path) {
    for (const link of navLinks) {
      const target = new URL(link.href).pathname;
      const active = target === '/account/' ? path === '/account/' : path === target || path.startsWith(`${target}/`);
      if (active) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  },
});
