// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { dwell } from '../../src/detectors/dwell';
import { moveMouse, setVisibility, start, tick, useDetectorHarness } from './harness';

useDetectorHarness();

/** The visitor moves the pointer every `everyMs` for `ms` (an active visitor reading, hovering). */
async function activeFor(ms: number, everyMs = 2000) {
  for (let t = 0; t < ms; t += everyMs) {
    moveMouse();
    await tick(Math.min(everyMs, ms - t));
  }
}

/** The visitor scrolls the window to `y`. */
function scrollToY(y: number) {
  scrollTo(0, y);
  window.dispatchEvent(new Event('scroll'));
}

describe('dwell', () => {
  it('an active visitor stalled on a page for 120 s: one signal', async () => {
    history.replaceState(null, '', '/checkout/shipping');
    const { signals } = await start(dwell);
    await activeFor(118_000);
    expect(signals).toHaveLength(0);
    await activeFor(4000);
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ type: 'dwell', weight: 1.5, detail: { page: '/checkout/shipping', seconds: 120 } });
    // One per page: staying longer does not repeat it.
    await activeFor(300_000);
    expect(signals).toHaveLength(1);
  });

  it('a stall without its own page threshold is not high need on its own', async () => {
    const { heed, signals } = await start(dwell);
    await activeFor(122_000);
    expect(signals).toHaveLength(1);
    expect(heed.state().need.level).toBe('low');
  });

  it('an idle visitor (no input at all) never dwells', async () => {
    const { signals } = await start(dwell);
    await tick(30 * 60_000);
    expect(signals).toHaveLength(0);
  });

  it('idle time does not count: only the last 5 s before each input do', async () => {
    const { signals } = await start(dwell);
    await activeFor(60_000); // 60 s active (+ the 5 s after the last move)
    await tick(5 * 60_000); // away from the keyboard
    await activeFor(40_000);
    expect(signals).toHaveLength(0);
    await activeFor(20_000);
    expect(signals).toHaveLength(1);
  });

  it('a hidden document does not count, whatever events arrive', async () => {
    setVisibility('hidden');
    const { signals } = await start(dwell);
    await activeFor(10 * 60_000);
    expect(signals).toHaveLength(0);
  });

  it('time counts only while the tab is visible', async () => {
    const { signals } = await start(dwell);
    await activeFor(60_000);
    setVisibility('hidden');
    await activeFor(10 * 60_000);
    expect(signals).toHaveLength(0);
    setVisibility('visible');
    await activeFor(50_000);
    expect(signals).toHaveLength(0);
    await activeFor(12_000);
    expect(signals).toHaveLength(1);
  });

  it('reading further down (scrolling more than half a screen past the deepest point) restarts the count', async () => {
    const { signals } = await start(dwell);
    await activeFor(100_000);
    scrollToY(innerHeight); // a full screen further down: progress
    await activeFor(100_000);
    expect(signals).toHaveLength(0);
    await activeFor(24_000);
    expect(signals).toHaveLength(1);
  });

  it('small scrolls, and scrolling back up, are not progress', async () => {
    const { signals } = await start(dwell);
    scrollToY(innerHeight * 2);
    await activeFor(40_000);
    scrollToY(innerHeight); // back up
    await activeFor(40_000);
    scrollToY(innerHeight * 2 + 100); // a little below the deepest point
    await activeFor(42_000);
    expect(signals).toHaveLength(1);
  });

  it('a submit is progress', async () => {
    document.body.innerHTML = '<form id="f"><button>Next</button></form>';
    const { signals } = await start(dwell);
    await activeFor(100_000);
    document.getElementById('f')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await activeFor(100_000);
    expect(signals).toHaveLength(0);
  });

  it('a route change is progress, and each page gets its own stall', async () => {
    const { signals } = await start(dwell);
    await activeFor(100_000);
    history.pushState(null, '', '/step-2');
    await activeFor(100_000);
    expect(signals).toHaveLength(0);
    await activeFor(24_000);
    expect(signals.map((s) => s.detail.page)).toEqual(['/step-2']);
    history.pushState(null, '', '/step-3');
    await activeFor(124_000);
    expect(signals.map((s) => s.detail.page)).toEqual(['/step-2', '/step-3']);
  });

  it('a page rule with dwellSeconds: 60 fires at 60 s and is high need on its own', async () => {
    history.replaceState(null, '', '/checkout/payment');
    const { heed, signals } = await start(dwell, { pages: [{ match: '/checkout/*', topic: 'billing', dwellSeconds: 60 }] });
    const levels: string[] = [];
    heed.on('need', (need) => void levels.push(need.level));
    await activeFor(58_000);
    expect(signals).toHaveLength(0);
    await activeFor(4000);
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ detail: { page: '/checkout/payment', seconds: 60 } });
    expect(signals[0].weight).toBeGreaterThanOrEqual(2);
    expect(levels[0]).toBe('high');
  });

  it('honours signals.dwell.seconds', async () => {
    const { signals } = await start(dwell, { signals: { dwell: { seconds: 30 } } });
    await activeFor(32_000);
    expect(signals.map((s) => s.detail.seconds)).toEqual([30]);
  });

  describe('completing fields is progress', () => {
    const CHECKOUT = `<form id="f">
      <input id="name" name="name" required>
      <input id="postcode" name="postcode" required pattern="[0-9]{5}">
      <input id="card" name="card" required>
      <input id="cvc" name="cvc">
      <button>Pay</button></form>`;
    const RULE = { pages: [{ match: '/checkout/*', dwellSeconds: 60 }] };

    /** The visitor edits `field` (the browser commits it with `change`) and moves on (focus leaves). */
    function complete(field: HTMLInputElement, value: string) {
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
      field.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    }
    const field = (id: string) => document.getElementById(id) as HTMLInputElement;

    it('filling a checkout slowly, one valid field at a time (about 2.5 min): no stall', async () => {
      history.replaceState(null, '', '/checkout/details');
      document.body.innerHTML = CHECKOUT;
      const { heed, signals } = await start(dwell, RULE);
      await activeFor(20_000);
      complete(field('name'), 'Jo Smith');
      await activeFor(50_000); // looks up the postcode
      complete(field('postcode'), '10115');
      await activeFor(55_000); // finds the card
      complete(field('card'), '4242424242424242');
      await activeFor(30_000);
      expect(signals).toHaveLength(0);
      expect(heed.state().need.level).toBe('none');
    });

    it('a stall is counted from the last completed field', async () => {
      history.replaceState(null, '', '/checkout/details');
      document.body.innerHTML = CHECKOUT;
      const { signals } = await start(dwell, RULE);
      await activeFor(40_000);
      complete(field('name'), 'Jo Smith');
      await activeFor(58_000);
      expect(signals).toHaveLength(0);
      await activeFor(4000);
      expect(signals).toHaveLength(1);
    });

    it('a field left invalid (:invalid) is not progress', async () => {
      history.replaceState(null, '', '/checkout/details');
      document.body.innerHTML = CHECKOUT;
      const { signals } = await start(dwell, RULE);
      await activeFor(30_000);
      complete(field('postcode'), '1011'); // four digits: a pattern mismatch
      await activeFor(32_000);
      expect(field('postcode').validity.valid).toBe(false);
      expect(signals).toHaveLength(1);
    });

    it('a field the page marks aria-invalid when the visitor leaves it is not progress', async () => {
      history.replaceState(null, '', '/checkout/details');
      document.body.innerHTML = CHECKOUT;
      field('cvc').addEventListener('focusout', () => field('cvc').setAttribute('aria-invalid', 'true'));
      const { signals } = await start(dwell, RULE);
      await activeFor(30_000);
      complete(field('cvc'), '12');
      await activeFor(32_000);
      expect(signals).toHaveLength(1);
    });

    it('editing the same field again and again is progress once: a visitor stuck on it still stalls', async () => {
      history.replaceState(null, '', '/checkout/details');
      document.body.innerHTML = CHECKOUT;
      const { signals } = await start(dwell, RULE);
      await activeFor(10_000);
      for (let i = 0; i < 6; i++) {
        complete(field('card'), '4242 ' + i);
        await activeFor(12_000);
      }
      // Progress at 10 s; 72 s of retyping one field since.
      expect(signals).toHaveLength(1);
    });

    it('never reads what the visitor typed: only validity', async () => {
      history.replaceState(null, '', '/checkout/details');
      document.body.innerHTML = CHECKOUT;
      const name = field('name');
      name.value = 'Jo Smith';
      let reads = 0;
      const { get } = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(name), 'value')!;
      Object.defineProperty(name, 'value', { configurable: true, get: () => (reads++, get!.call(name)) });
      // A browser computes validity natively; happy-dom's reads the value through the getter.
      Object.defineProperty(name, 'validity', { configurable: true, value: { valid: true } });
      const { signals } = await start(dwell, RULE);
      await activeFor(40_000);
      name.dispatchEvent(new Event('change', { bubbles: true }));
      await activeFor(58_000);
      expect(signals).toHaveLength(0);
      expect(reads).toBe(0);
    });
  });
});
