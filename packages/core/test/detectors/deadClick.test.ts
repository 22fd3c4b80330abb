// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { deadClick } from '../../src/detectors/deadClick';
import { $, click, emitResource, html, start, tick, useDetectorHarness } from './harness';

useDetectorHarness();

// body > main > section > div > div > button: the detector watches three levels up (the section).
const PAGE = `
  <main id="main">
    <section id="area"><div><div id="row"><button id="apply">Apply coupon</button></div></div><p id="note"></p></section>
    <input id="other">
  </main>`;

describe('dead-click', () => {
  it('a button that changes nothing: a signal after 3 s, naming it', async () => {
    html(PAGE);
    const { signals } = await start(deadClick);
    click($('#apply'));
    await tick(2999);
    expect(signals).toHaveLength(0);
    await tick(1);
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ type: 'dead-click', weight: 1.5, detail: { element: 'Apply coupon' } });
    await tick(10_000);
    expect(signals).toHaveLength(1);
  });

  it('a DOM change near the button at 2 s (a slow answer) is a reaction', async () => {
    html(PAGE);
    const { signals } = await start(deadClick);
    click($('#apply'));
    await tick(2000);
    $('#note').textContent = 'Coupon applied';
    await tick(5000);
    expect(signals).toHaveLength(0);
  });

  it('an attribute change on the button (disabled, aria-busy) is a reaction', async () => {
    html(PAGE);
    const { signals } = await start(deadClick);
    click($('#apply'));
    await tick(500);
    $('#apply').setAttribute('aria-busy', 'true');
    await tick(5000);
    expect(signals).toHaveLength(0);
  });

  it('a dialog or toast added to <body> is a reaction', async () => {
    html(PAGE);
    const { signals } = await start(deadClick);
    click($('#apply'));
    await tick(1000);
    document.body.append(Object.assign(document.createElement('div'), { role: 'alert', textContent: 'Saved' }));
    await tick(5000);
    expect(signals).toHaveLength(0);
  });

  it('a change far away in the page is not a reaction', async () => {
    html(PAGE + '<aside><div><div><p id="far"></p></div></div></aside>');
    const { signals } = await start(deadClick);
    click($('#apply'));
    await tick(1000);
    $('#far').textContent = 'unrelated ticker';
    await tick(2000);
    expect(signals).toHaveLength(1);
  });

  it('a focus change is a reaction', async () => {
    html(PAGE);
    const { signals } = await start(deadClick);
    click($('#apply'));
    await tick(1000);
    $('#other').focus();
    await tick(5000);
    expect(signals).toHaveLength(0);
  });

  it('a scroll is a reaction', async () => {
    html(PAGE);
    const { signals } = await start(deadClick);
    click($('#apply'));
    await tick(1000);
    scrollTo(0, 400);
    window.dispatchEvent(new Event('scroll'));
    await tick(5000);
    expect(signals).toHaveLength(0);
  });

  it('a request is a reaction', async () => {
    html(PAGE);
    const { signals } = await start(deadClick);
    click($('#apply'));
    await tick(800);
    emitResource({ name: '/api/coupon' });
    await tick(5000);
    expect(signals).toHaveLength(0);
  });

  it('a navigation (SPA route change) is a reaction', async () => {
    html(PAGE);
    const { signals } = await start(deadClick);
    click($('#apply'));
    await tick(800);
    history.pushState(null, '', '/cart/coupon');
    await tick(5000);
    expect(signals).toHaveLength(0);
  });

  it('a target that left the document (its region was re-rendered unseen) is not reported', async () => {
    html(PAGE);
    const { signals } = await start(deadClick);
    click($('#apply'));
    await tick(1000);
    // The section is the watched neighbourhood; its removal from <main> is not a mutation inside it.
    $('#area').remove();
    await tick(5000);
    expect(signals).toHaveLength(0);
  });

  it('a click on something that is not interactive is not watched', async () => {
    html('<p id="text">Free delivery on orders over £40</p>');
    const { signals } = await start(deadClick);
    click($('#text'));
    await tick(5000);
    expect(signals).toHaveLength(0);
  });

  it('clicking a slow button twice: its answer at 1.5 s answers both clicks', async () => {
    html(PAGE);
    const { signals } = await start(deadClick);
    click($('#apply'));
    await tick(250);
    click($('#apply'));
    await tick(1250);
    $('#note').textContent = 'Coupon applied';
    await tick(5000);
    expect(signals).toHaveLength(0);
  });

  it('a burst of clicks on a dead button is one dead click, not one per click', async () => {
    html(PAGE);
    const { signals } = await start(deadClick);
    for (let i = 0; i < 3; i++) {
      click($('#apply'));
      await tick(200);
    }
    await tick(5000);
    expect(signals).toHaveLength(1);
  });

  it('a click elsewhere ends the watch of the previous click: only the latest click is judged', async () => {
    html(PAGE + '<div><button id="second">Second</button></div>');
    const { signals } = await start(deadClick);
    click($('#apply'));
    await tick(1000);
    click($('#second'));
    await tick(5000);
    expect(signals.map((s) => s.detail.element)).toEqual(['Second']);
  });

  it.each([
    ['a link opening a new tab', '<a id="t" href="/manual.pdf" target="_blank">Manual</a>', {}],
    ['a download link', '<a id="t" href="/manual.pdf" download>Manual</a>', {}],
    ['a link ctrl-clicked into a background tab', '<a id="t" href="/products/level">Box beam level</a>', { ctrlKey: true }],
    ['a link cmd-clicked into a background tab', '<a id="t" href="/products/level">Box beam level</a>', { metaKey: true }],
    ['a link shift-clicked into a new window', '<a id="t" href="/products/level">Box beam level</a>', { shiftKey: true }],
  ])('%s changes nothing on this page, and is not dead', async (_, markup, modifiers) => {
    html(markup);
    const { signals } = await start(deadClick);
    $('#t').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ...modifiers }));
    await tick(5000);
    expect(signals).toHaveLength(0);
  });

  it('a link whose script does nothing (href="#") is dead', async () => {
    html('<div><a id="t" href="#">Show details</a></div>');
    const { signals } = await start(deadClick);
    click($('#t'));
    await tick(5000);
    expect(signals.map((s) => s.detail.element)).toEqual(['Show details']);
  });
});
