// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { errorClick } from '../../src/detectors/errorClick';
import { $, click, emitResource, html, start, tick, useDetectorHarness } from './harness';

useDetectorHarness();

const uncaught = (message: string) => window.dispatchEvent(new ErrorEvent('error', { message, error: new Error(message) }));

describe('error-click', () => {
  it('an uncaught error within 2 s of a click: a signal with the element and the message', async () => {
    html('<button id="buy">Add to basket</button>');
    const { signals } = await start(errorClick);
    click($('#buy'));
    await tick(1500);
    uncaught("TypeError: Cannot read properties of undefined (reading 'sku')");
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ type: 'error-click', weight: 1.5, detail: { element: 'Add to basket', error: "TypeError: Cannot read properties of undefined (reading 'sku')" } });
  });

  it('exactly 2 s after the click still counts', async () => {
    html('<button id="buy">Add to basket</button>');
    const { signals } = await start(errorClick);
    click($('#buy'));
    await tick(2000);
    uncaught('boom');
    expect(signals).toHaveLength(1);
  });

  it('an error more than 2 s after the click is not linked to it', async () => {
    html('<button id="buy">Add to basket</button>');
    const { signals } = await start(errorClick);
    click($('#buy'));
    await tick(2001);
    uncaught('boom');
    expect(signals).toHaveLength(0);
  });

  it('an error with no click before it is not an error-click', async () => {
    html('<button id="buy">Add to basket</button>');
    const { signals } = await start(errorClick);
    uncaught('boom');
    expect(signals).toHaveLength(0);
  });

  it('several errors after one click make one signal; the next click can make another', async () => {
    html('<button id="buy">Add to basket</button>');
    const { signals } = await start(errorClick);
    click($('#buy'));
    uncaught('first');
    uncaught('second');
    expect(signals).toHaveLength(1);
    await tick(5000);
    click($('#buy'));
    await tick(100);
    uncaught('third');
    expect(signals.map((s) => s.detail.error)).toEqual(['first', 'third']);
  });

  it('an unhandled promise rejection counts as an error', async () => {
    html('<button id="buy">Add to basket</button>');
    const { signals } = await start(errorClick);
    click($('#buy'));
    // happy-dom has no PromiseRejectionEvent; the detector reads `reason` only.
    window.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: 'cart service down' }));
    expect(signals[0]?.detail).toMatchObject({ error: 'cart service down' });
  });

  it('a failed (5xx) request after the click counts; a 2xx does not', async () => {
    html('<button id="buy">Add to basket</button>');
    const { signals } = await start(errorClick);
    click($('#buy'));
    await tick(300);
    emitResource({ name: '/api/cart?sku=1', responseStatus: 200 });
    expect(signals).toHaveLength(0);
    emitResource({ name: '/api/cart?sku=1', responseStatus: 503 });
    expect(signals).toHaveLength(1);
    expect(signals[0].detail).toMatchObject({ element: 'Add to basket', error: 'HTTP 503 /api/cart' });
  });

  it('a 4xx request that started before the click is not blamed on it', async () => {
    html('<button id="buy">Add to basket</button>');
    const { signals } = await start(errorClick);
    await tick(1000);
    const before = performance.now() - 500;
    click($('#buy'));
    await tick(100);
    emitResource({ name: '/api/poll', responseStatus: 404, startTime: before });
    expect(signals).toHaveLength(0);
  });

  it('a failed request more than 2 s after the click is not linked to it', async () => {
    html('<button id="buy">Add to basket</button>');
    const { signals } = await start(errorClick);
    click($('#buy'));
    await tick(2500);
    emitResource({ name: '/api/cart', responseStatus: 500 });
    expect(signals).toHaveLength(0);
  });

  it('a click into a rich-text editor names the element, never what the visitor typed', async () => {
    html('<div id="editor" contenteditable="true"><p id="line">my card is 4111 1111 1111 1111</p></div>');
    const { signals } = await start(errorClick);
    click($('#line'));
    uncaught('editor crashed');
    expect(signals).toHaveLength(1);
    expect(JSON.stringify(signals[0].detail)).not.toContain('4111');
  });
});
