// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { backNav } from '../../src/detectors/backNav';
import { $, html, loadPage, start, tick, useDetectorHarness } from './harness';

useDetectorHarness();

/** The visitor does something on the page: a click, a key, or a scroll with the wheel. */
function interact(type: 'pointerdown' | 'keydown' | 'scroll' = 'pointerdown') {
  if (type === 'keydown') return document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
  if (type === 'pointerdown') return document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
  document.body.dispatchEvent(new WheelEvent('wheel', { bubbles: true, deltaY: 120 }));
  scrollTo(0, scrollY + 120);
  window.dispatchEvent(new Event('scroll'));
}

/** An SPA visit to `url`, where the visitor interacts and stays `stayMs`. */
async function visit(url: string, stayMs = 5000) {
  history.pushState(null, '', url);
  interact();
  await tick(stayMs);
}

describe('back-nav', () => {
  it('three backs within 2 minutes: a loop, on the third', async () => {
    history.replaceState(null, '', '/');
    const { signals } = await start(backNav);
    for (const url of ['/a', '/b', '/c']) await visit(url);
    for (let i = 0; i < 3; i++) {
      expect(signals).toHaveLength(0);
      history.back();
      interact();
      await tick(15_000); // a glance with some interaction: shorter than readSeconds (20 s)
    }
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ type: 'back-nav', weight: 1, detail: { kind: 'loop', backs: 3, page: '/' } });
  });

  it('three backs spread over more than 2 minutes are not a loop', async () => {
    const { signals } = await start(backNav);
    for (const url of ['/a', '/b', '/c']) await visit(url);
    for (let i = 0; i < 3; i++) {
      history.back();
      interact();
      await tick(61_000);
    }
    expect(signals).toHaveLength(0);
  });

  it('four backs within 2 minutes reach high need on their own (README, need model), even with interaction', async () => {
    const { heed, signals } = await start(backNav);
    for (const url of ['/a', '/b', '/c', '/d']) await visit(url);
    for (let i = 0; i < 4; i++) {
      if (i) await tick(18_000); // glances, shorter than readSeconds
      history.back();
      interact();
      if (i === 2) expect(heed.state().need.level).toBe('low'); // three backs: a loop, not yet high
    }
    expect(signals.map((s) => s.detail.kind)).toEqual(['loop', 'loop']);
    expect(signals.map((s) => s.weight)).toEqual([1, 2]);
    expect(heed.state().need.level).toBe('high');
  });

  it('comparison shopping: backs after reading each page (≥ readSeconds) are not a loop', async () => {
    const { heed, signals } = await start(backNav);
    for (const url of ['/a', '/b', '/c', '/d']) await visit(url);
    for (let i = 0; i < 4; i++) {
      await tick(25_000);
      interact();
      history.back();
    }
    expect(signals).toEqual([]);
    expect(heed.state().need.level).toBe('none');
  });

  it('a quick back: returning within 10 s from a page where the visitor did nothing', async () => {
    history.replaceState(null, '', '/list');
    const { signals } = await start(backNav);
    interact();
    history.pushState(null, '', '/item/7');
    await tick(4000);
    history.back();
    expect(signals).toHaveLength(1);
    expect(signals[0].detail).toEqual({ kind: 'quick', from: '/item/7', page: '/list' });
  });

  it.each(['pointerdown', 'keydown', 'scroll'] as const)('a %s on the page left makes the back deliberate, not quick', async (type) => {
    history.replaceState(null, '', '/list');
    const { signals } = await start(backNav);
    history.pushState(null, '', '/item/7');
    await tick(2000);
    interact(type);
    await tick(1000);
    history.back();
    expect(signals).toHaveLength(0);
  });

  it('a back after more than 10 s on the page is not quick', async () => {
    history.replaceState(null, '', '/list');
    const { signals } = await start(backNav);
    history.pushState(null, '', '/item/7');
    await tick(10_001);
    history.back();
    expect(signals).toHaveLength(0);
  });

  it('forward navigations and new pages are not backs', async () => {
    const { signals } = await start(backNav);
    for (const url of ['/a', '/b']) await visit(url, 1000);
    history.back();
    interact();
    history.forward();
    interact();
    await tick(1000);
    history.back();
    interact();
    history.forward();
    expect(signals).toHaveLength(0);
  });

  it('an anchor link on the same page is not a page change', async () => {
    history.replaceState(null, '', '/guide');
    const { signals } = await start(backNav);
    history.pushState(null, '', '/guide#step-2');
    await tick(1000);
    history.back();
    expect(signals).toHaveLength(0);
  });

  it('a hash router (#/ routes) without history.state: a quick back is seen', async () => {
    history.replaceState(null, '', '/app/#/list');
    const { signals } = await start(backNav);
    history.pushState(null, '', '/app/#/item/7');
    await tick(3000);
    history.back();
    expect(signals.map((s) => s.detail)).toEqual([{ kind: 'quick', from: '/app/#/item/7', page: '/app/#/list' }]);
    expect(history.state).toBeNull();
  });

  it('a multi-page site: a back_forward page load within 10 s is a quick back', async () => {
    history.replaceState(null, '', '/list');
    await start(backNav);
    interact();
    await loadPage('/item/7', 'navigate');
    await tick(3000);
    const { signals } = await loadPage('/list', 'back_forward');
    expect(signals.map((s) => s.detail)).toEqual([{ kind: 'quick', from: '/item/7', page: '/list' }]);
  });

  it('a multi-page site: a reload is not a back', async () => {
    history.replaceState(null, '', '/list');
    await start(backNav);
    await tick(1000);
    const { signals } = await loadPage('/list', 'reload');
    expect(signals).toHaveLength(0);
  });

  it('scrolling done by the app, not the visitor (a router scrolling to the top, a carousel), is no interaction', async () => {
    html('<div id="carousel" style="overflow:auto"></div>');
    history.replaceState(null, '', '/list');
    const { signals } = await start(backNav);
    interact();
    scrollTo(0, 900);
    history.pushState(null, '', '/item/7');
    scrollTo(0, 0); // the router
    window.dispatchEvent(new Event('scroll'));
    $('#carousel').dispatchEvent(new Event('scroll')); // an auto-advancing carousel
    await tick(3000);
    history.back();
    expect(signals.map((s) => s.detail.kind)).toEqual(['quick']);
  });
});
