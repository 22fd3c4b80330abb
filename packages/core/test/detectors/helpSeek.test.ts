// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { helpSeek } from '../../src/detectors/helpSeek';
import { loadPage, start, tick, useDetectorHarness } from './harness';

useDetectorHarness();

const go = async (url: string) => {
  history.pushState(null, '', url);
  await tick(5000);
};

describe('help-seek', () => {
  it('the same help page seen twice: a signal', async () => {
    history.replaceState(null, '', '/help/returns');
    const { signals } = await start(helpSeek);
    await go('/products/level');
    expect(signals).toHaveLength(0);
    await go('/help/returns');
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ type: 'help-seek', weight: 1.5, detail: { page: '/help/returns', visits: 2, helpPages: 1 } });
  });

  it('three distinct help pages in one session: a signal on the third', async () => {
    const { signals } = await start(helpSeek);
    await go('/help/delivery');
    await go('/faq');
    expect(signals).toHaveLength(0);
    await go('/support/contact');
    expect(signals.map((s) => s.detail)).toEqual([{ page: '/support/contact', visits: 1, helpPages: 3 }]);
    // A fourth distinct page does not repeat it.
    await go('/help/warranty');
    expect(signals).toHaveLength(1);
  });

  it('non-help pages never count', async () => {
    const { signals } = await start(helpSeek);
    for (const url of ['/', '/products/a', '/', '/products/a', '/helpful-tools', '/blog/help']) await go(url);
    expect(signals).toHaveLength(0);
  });

  it('a reload of a help page is not a second visit', async () => {
    history.replaceState(null, '', '/help/returns');
    await start(helpSeek);
    await tick(3000);
    const { signals } = await loadPage('/help/returns', 'reload');
    expect(signals).toHaveLength(0);
    // A real second visit after the reload still counts.
    await loadPage('/cart', 'navigate');
    const { signals: later } = await loadPage('/help/returns', 'navigate');
    expect(later).toHaveLength(1);
  });

  it('a multi-page site: visits are remembered across page loads in the tab', async () => {
    history.replaceState(null, '', '/help/');
    await start(helpSeek);
    await loadPage('/help/delivery', 'navigate');
    const { signals } = await loadPage('/faq.html', 'navigate');
    expect(signals.map((s) => s.detail.helpPages)).toEqual([3]);
  });

  it('honours helpSeek.patterns (hash routes included)', async () => {
    history.replaceState(null, '', '/app/#/kb/printing');
    const { signals } = await start(helpSeek, { signals: { helpSeek: { patterns: ['/app/#/kb/*'] } } });
    await go('/app/#/orders');
    await go('/app/#/kb/printing');
    expect(signals).toHaveLength(1);
  });
});
