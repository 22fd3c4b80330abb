// @vitest-environment happy-dom
import type { Heed } from '@heed/core';
import type { HeedInternals } from '@heed/core/internal';
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ArticlesView } from '../src/panel/ArticlesView.js';
import { ExpertTeams } from '../src/experts/ExpertTeams.js';

// A config that never went through the check (the render-time defence on its own).
const internals = {
  config: () => ({
    articles: [
      { title: 'bad', url: ' JaVa\tScRiPt:alert(1)' },
      { title: 'ok', url: '/help/ok' },
    ],
    experts: [{ topic: 't', name: 'N', channels: ['email', 'booking'], email: 'x@y.example?bcc=z@w.example', bookingUrl: 'data:text/html,x' }],
    chat: { provider: 'none' },
    pages: [],
  }),
  store: () => ({ get: async () => undefined, set: async () => {} }),
} as unknown as HeedInternals;
const heed = { state: () => ({ need: { reasons: [] } }) } as unknown as Heed;

const hrefs = (root: Element) => [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));

describe('the panel renders config links only when they are web links', () => {
  it('leaves a hostile article out', () => {
    const root = document.createElement('div');
    render(h(ArticlesView, { internals, need: () => ({ level: 'none' as const, score: 0, reasons: [] }) }), root);
    expect(hrefs(root)).toEqual([new URL('/help/ok', document.baseURI).href]);
    expect(root.textContent).not.toContain('bad');
  });

  it('renders no email or booking link that is not one', () => {
    const root = document.createElement('div');
    render(h(ExpertTeams, { internals, heed, onNavigate: () => {} }), root);
    expect(hrefs(root)).toEqual([]);
    // A team left with no way to reach it is not shown as a name without a next step.
    expect(root.textContent).toContain('cannot be reached');
  });
});
