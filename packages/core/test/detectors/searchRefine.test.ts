// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { searchRefine } from '../../src/detectors/searchRefine';
import { $, click, flush, html, loadPage, pressEnter, start, tick, typeInto, useDetectorHarness } from './harness';

useDetectorHarness();

const CONFIG = { signals: { search: { input: '#q', results: '#results', empty: '.no-results' } } };
const PAGE = `
  <form id="search" action="/search"><input id="q" name="q" type="search"><button>Search</button></form>
  <div id="results"><a id="hit" href="/products/level">Box beam level</a></div>
  <a id="elsewhere" href="/cart">Cart</a>`;

/** The visitor clears the box, types `query` and presses Enter. */
async function search(query: string) {
  $<HTMLInputElement>('#q').value = '';
  await typeInto($('#q'), query, 80);
  pressEnter($('#q'));
  await tick(500);
}

describe('search-refine', () => {
  it('"sprit levl" then "spirit level": a refinement naming both queries', async () => {
    html(PAGE);
    const { signals } = await start(searchRefine, CONFIG);
    await search('sprit levl');
    expect(signals).toHaveLength(0);
    await tick(20_000);
    await search('spirit level');
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ type: 'search-refine', weight: 2, detail: { query: 'spirit level', previous: 'sprit levl' } });
  });

  it('queries settled by a pause in typing refine too', async () => {
    html(PAGE);
    const { signals } = await start(searchRefine, CONFIG);
    await typeInto($('#q'), 'tape measure', 100);
    await tick(3000);
    $<HTMLInputElement>('#q').value = 'tape measure 8m';
    $('#q').dispatchEvent(new Event('input', { bubbles: true }));
    await tick(3000);
    expect(signals.map((s) => s.detail.query)).toEqual(['tape measure 8m']);
  });

  it('an unrelated query is not a refinement', async () => {
    html(PAGE);
    const { signals } = await start(searchRefine, CONFIG);
    await search('spirit level');
    await search('chalk line');
    expect(signals).toHaveLength(0);
  });

  it('the identical query (whatever the case) is not a refinement', async () => {
    html(PAGE);
    const { signals } = await start(searchRefine, CONFIG);
    await search('spirit level');
    await tick(10_000);
    await search('Spirit Level');
    await tick(10_000);
    await search('spirit level');
    expect(signals).toHaveLength(0);
  });

  it('a result opened in between (a link in the results clicked) means the first search worked', async () => {
    html(PAGE);
    const { signals } = await start(searchRefine, CONFIG);
    await search('spirit level');
    click($('#hit'));
    await tick(5000);
    await search('spirit level 1200');
    expect(signals).toHaveLength(0);
  });

  it('a click on a link outside the results does not reset the query', async () => {
    html(PAGE);
    const { signals } = await start(searchRefine, CONFIG);
    await search('spirit level');
    click($('#elsewhere'));
    await search('spirit level 1200');
    expect(signals).toHaveLength(1);
  });

  it('a new query more than 5 minutes later is not a refinement', async () => {
    html(PAGE);
    const { signals } = await start(searchRefine, CONFIG);
    await search('spirit level');
    await tick(301_000);
    await search('spirit levels');
    expect(signals).toHaveLength(0);
  });

  it('a multi-page site: results page, another results page with a refined query', async () => {
    history.replaceState(null, '', '/search?q=sprit+levl');
    html(PAGE);
    await start(searchRefine, CONFIG);
    const { signals } = await loadPage('/search?q=spirit+level', 'navigate', PAGE);
    expect(signals.map((s) => s.detail)).toEqual([{ query: 'spirit level', previous: 'sprit levl' }]);
  });

  it('a multi-page site: opening a product page between the two searches means a result was opened', async () => {
    history.replaceState(null, '', '/search?q=sprit+levl');
    html(PAGE);
    await start(searchRefine, CONFIG);
    await loadPage('/products/level', 'navigate', PAGE);
    const { signals } = await loadPage('/search?q=spirit+level', 'navigate', PAGE);
    expect(signals).toHaveLength(0);
  });

  it('an SPA: a route to a page that is not a results page resets the query', async () => {
    html(PAGE);
    const { signals } = await start(searchRefine, CONFIG);
    await search('spirit level');
    history.pushState(null, '', '/products/level');
    history.pushState(null, '', '/search');
    await search('spirit level 1200');
    expect(signals).toHaveLength(0);
  });

  it('queries the site reports with heed.signal("search-failure", { query }) count', async () => {
    html(PAGE);
    const { heed, signals } = await start(searchRefine, CONFIG);
    heed.signal('search-failure', { query: 'sprit levl' });
    await flush();
    heed.signal('search-failure', { query: 'spirit level' });
    await flush();
    expect(signals.filter((s) => s.type === 'search-refine').map((s) => s.detail.query)).toEqual(['spirit level']);
  });
});
