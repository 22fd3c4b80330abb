// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pogoStick } from '../../src/detectors/pogoStick';
import { loadPage, start, tick, useDetectorHarness } from './harness';

useDetectorHarness();

/** SPA: open `item` from the current list, stay `stayMs`, go back. */
async function trip(item: string, stayMs: number) {
  history.pushState(null, '', item);
  await tick(stayMs);
  history.back();
  await tick(1000);
}

describe('pogo-stick', () => {
  it('search results → item → back within 10 s, twice: one signal standing for both returns, high need alone', async () => {
    history.replaceState(null, '', '/search?q=level');
    const { heed, signals } = await start(pogoStick);
    const levels: string[] = [];
    heed.on('need', (need) => void levels.push(need.level));
    await trip('/products/box-beam', 4000);
    expect(signals).toHaveLength(0);
    await trip('/products/torpedo', 6000);
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ type: 'pogo-stick', weight: 2, detail: { list: '/search', returns: 2, item: '/products/torpedo' } });
    // One event with weight 2 (= highThreshold) and evidence from two returns: high on its own (README, need model),
    // and it holds until the score halves below the threshold (one half-life), not only at its peak.
    expect(levels[0]).toBe('high');
    expect(heed.state().need.level).toBe('high');
  });

  it('a third quick return starts a new count: the next signal needs two more', async () => {
    history.replaceState(null, '', '/search?q=level');
    const { signals } = await start(pogoStick);
    for (const item of ['/p/1', '/p/2', '/p/3']) await trip(item, 3000);
    expect(signals).toHaveLength(1);
    await trip('/p/4', 3000);
    expect(signals).toHaveLength(2);
  });

  it('returns after more than 10 s on the item are not pogo-sticking', async () => {
    history.replaceState(null, '', '/search?q=level');
    const { signals } = await start(pogoStick);
    await trip('/products/box-beam', 10_500);
    await trip('/products/torpedo', 12_000);
    expect(signals).toHaveLength(0);
  });

  it('one quick return and one slow one are not enough', async () => {
    history.replaceState(null, '', '/search?q=level');
    const { signals } = await start(pogoStick);
    await trip('/products/box-beam', 3000);
    await trip('/products/torpedo', 15_000);
    expect(signals).toHaveLength(0);
  });

  it('items opened from a page that is not a list do not count', async () => {
    history.replaceState(null, '', '/about');
    const { signals } = await start(pogoStick);
    await trip('/products/box-beam', 2000);
    await trip('/products/torpedo', 2000);
    expect(signals).toHaveLength(0);
  });

  it('category pages count as lists when configured in pogoStick.listPages', async () => {
    history.replaceState(null, '', '/category/levels');
    const { signals } = await start(pogoStick, { signals: { pogoStick: { listPages: ['/category/*'] } } });
    await trip('/products/box-beam', 2000);
    await trip('/products/torpedo', 2000);
    expect(signals.map((s) => s.detail.list)).toEqual(['/category/levels']);
  });

  it('a multi-page site: results page → item page → Back (back_forward load), twice', async () => {
    history.replaceState(null, '', '/search?q=level');
    await start(pogoStick);
    let signals: unknown[] = [];
    for (const item of ['/products/box-beam', '/products/torpedo']) {
      await tick(2000);
      await loadPage(item, 'navigate');
      await tick(3000);
      ({ signals } = await loadPage('/search?q=level', 'back_forward'));
    }
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ detail: { returns: 2 } });
  });

  it('the quick returns must fall within signals.pogoStick.windowSeconds (default 5 min)', async () => {
    history.replaceState(null, '', '/search?q=level');
    const { signals } = await start(pogoStick, { signals: { pogoStick: { windowSeconds: 60 } } });
    await trip('/p/1', 3000);
    await tick(61_000);
    await trip('/p/2', 3000);
    expect(signals).toHaveLength(0);
    await trip('/p/3', 3000);
    expect(signals).toHaveLength(1);
  });
});
