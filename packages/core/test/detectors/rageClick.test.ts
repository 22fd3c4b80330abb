// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rageClick } from '../../src/detectors/rageClick';
import { $, click, html, start, tick, useDetectorHarness } from './harness';

useDetectorHarness();

/** `count` clicks on `el`, `gapMs` apart, each `stepPx` further right of the first. */
async function burst(el: Element, count: number, gapMs = 200, stepPx = 0) {
  for (let i = 0; i < count; i++) {
    if (i) await tick(gapMs);
    click(el, 100 + i * stepPx, 100);
  }
}

describe('rage-click', () => {
  it('three clicks ≤ 1 s apart within 30 px on one button: one signal naming the button', async () => {
    html('<button id="pay"><span>Pay now</span></button>');
    const { signals } = await start(rageClick);
    // Clicks land on the inner span; the target is the button around it.
    await burst($('#pay span'), 3, 400, 10);
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ type: 'rage-click', weight: 2, detail: { element: 'Pay now', clicks: 3 } });
  });

  it('the fourth and fifth clicks of the same burst do not emit again', async () => {
    html('<button id="pay">Pay now</button>');
    const { signals } = await start(rageClick);
    await burst($('#pay'), 5, 150);
    expect(signals).toHaveLength(1);
  });

  it('a new burst after a pause is a new signal', async () => {
    html('<button id="pay">Pay now</button>');
    const { signals } = await start(rageClick);
    await burst($('#pay'), 3);
    await tick(1500);
    await burst($('#pay'), 3);
    expect(signals).toHaveLength(2);
  });

  it('clicks more than 1 s apart are not rage', async () => {
    html('<button id="pay">Pay now</button>');
    const { signals } = await start(rageClick);
    await burst($('#pay'), 6, 1001);
    expect(signals).toHaveLength(0);
  });

  it('clicks more than 30 px from the first are not rage', async () => {
    html('<button id="pay">Pay now</button>');
    const { signals } = await start(rageClick);
    await burst($('#pay'), 3, 200, 16); // the third lands 32 px from the first
    expect(signals).toHaveLength(0);
  });

  it('clicks on different targets are not rage', async () => {
    html('<button id="a">One</button><button id="b">Two</button>');
    const { signals } = await start(rageClick);
    click($('#a'));
    await tick(200);
    click($('#b'));
    await tick(200);
    click($('#a'));
    await tick(200);
    click($('#b'));
    expect(signals).toHaveLength(0);
  });

  it('clicking fast to select text (the selection is not collapsed) is not rage', async () => {
    html('<p id="text">Free delivery on orders over £40</p>');
    const { signals } = await start(rageClick);
    const text = $('#text');
    click(text);
    await tick(150);
    getSelection()!.selectAllChildren(text); // double-click selected a word, triple-click the line
    click(text);
    await tick(150);
    click(text);
    expect(signals).toHaveLength(0);
  });

  it.each([
    ['a number input', '<input id="t" type="number" value="1">'],
    ['a text input', '<input id="t" type="text">'],
    ['a spinbutton', '<div id="t" role="spinbutton" aria-valuenow="1" tabindex="0">1</div>'],
    ['a pagination link (nav labelled pagination)', '<nav aria-label="Pagination"><a id="t" href="?page=2">2</a></nav>'],
    ['a pagination link (.pagination)', '<ul class="pagination"><li><a id="t" href="?page=2">Next</a></li></ul>'],
    ['a rel=next link', '<a id="t" rel="next" href="?page=2">Next</a>'],
    ['the + button of a stepper', '<button>−</button><input type="number" value="1"><button id="t">+</button>'],
    ['the − button of a stepper', '<button id="t">−</button><div role="spinbutton" aria-valuenow="1">1</div><button>+</button>'],
  ])('many fast clicks on %s are not rage', async (_, markup) => {
    html(markup);
    const { signals } = await start(rageClick);
    await burst($('#t'), 5, 150);
    expect(signals).toHaveLength(0);
  });

  it('honours configured clicks, interval and radius', async () => {
    html('<button id="pay">Pay now</button>');
    const { signals } = await start(rageClick, { signals: { rageClick: { clicks: 4, intervalMs: 300, radiusPx: 50 } } });
    await burst($('#pay'), 3, 250, 20);
    expect(signals).toHaveLength(0);
    await tick(250);
    click($('#pay'), 140, 100);
    expect(signals).toHaveLength(1);
    expect(signals[0].detail).toMatchObject({ clicks: 4 });
  });

  describe('a control that visibly answers every click is not rage', () => {
    const GALLERY = `<figure><img id="photo" src="/p/1.jpg" alt="Photo 1 of 8"><figcaption><button id="next" aria-label="Next image">›</button><span id="n">1 / 8</span></figcaption></figure>`;

    it('six clicks in about two seconds on a gallery\'s "Next image", each showing the next photo: no signal', async () => {
      html(GALLERY);
      let shown = 1;
      $('#next').addEventListener('click', () => {
        shown++;
        $('#photo').setAttribute('src', `/p/${shown}.jpg`);
        $('#n').textContent = `${shown} / 8`;
      });
      const { signals } = await start(rageClick);
      await burst($('#next'), 6, 350);
      await tick(1000);
      expect($('#n').textContent).toBe('7 / 8');
      expect(signals).toHaveLength(0);
    });

    it('"Load more" whose items arrive a moment after each click: no signal', async () => {
      html('<section><ul id="list"><li>1</li></ul><button id="more">Load more</button></section>');
      $('#more').addEventListener('click', () => setTimeout(() => $('#list').append(document.createElement('li')), 80));
      const { signals } = await start(rageClick);
      await burst($('#more'), 5, 300);
      await tick(1000);
      expect($('#list').children).toHaveLength(6);
      expect(signals).toHaveLength(0);
    });

    it('a carousel button that scrolls its strip: no signal', async () => {
      html('<section><div id="strip"></div><button id="next">Next</button></section>');
      $('#next').addEventListener('click', () => setTimeout(() => $('#strip').dispatchEvent(new Event('scroll')), 30));
      const { signals } = await start(rageClick);
      await burst($('#next'), 5, 300);
      expect(signals).toHaveLength(0);
    });

    it('a toast added to <body> for each click (an "Added to basket" notice) counts as an answer', async () => {
      html('<button id="add">Add to basket</button>');
      $('#add').addEventListener('click', () => document.body.append(Object.assign(document.createElement('div'), { role: 'status', textContent: 'Added' })));
      const { signals } = await start(rageClick);
      await burst($('#add'), 4, 300);
      expect(signals).toHaveLength(0);
    });

    it('a ripple or pressed state inside the button itself is not an answer: still rage', async () => {
      html('<div><button id="pay"><span>Pay now</span></button></div>');
      $('#pay').addEventListener('click', () => {
        $('#pay').append(Object.assign(document.createElement('span'), { className: 'ripple' }));
        $('#pay').setAttribute('data-pressed', String(Date.now()));
      });
      const { signals } = await start(rageClick);
      await burst($('#pay'), 3, 300);
      expect(signals).toHaveLength(1);
    });

    it('a control that answered only the first click: rage once three clicks in a row went unanswered', async () => {
      html('<div><button id="open">Show details</button><p id="details" hidden>Details</p></div>');
      $('#open').addEventListener('click', () => $('#details').removeAttribute('hidden'));
      const { signals } = await start(rageClick);
      await burst($('#open'), 3, 300);
      expect(signals).toHaveLength(0);
      await tick(300);
      click($('#open'), 100, 100);
      expect(signals).toHaveLength(1);
    });
  });
});
