// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { searchFailure } from '../../src/detectors/searchFailure';
import { $, flush, html, loadPage, pressEnter, start, tick, typeInto, useDetectorHarness } from './harness';

useDetectorHarness();

const CONFIG = { signals: { search: { input: '#q', results: '#results', empty: '.no-results' } } };
const CATALOGUE = ['Spirit level 600 mm', 'Spirit level 1200 mm', 'Tape measure 8 m', 'Chalk line reel'];

const PAGE = `
  <form id="search" action="/search"><input id="q" name="q" type="search"><button>Search</button></form>
  <div id="results"></div>`;

/** The site's search: renders the matches for `query` into #results, or its empty state there. */
function render(query: string) {
  const hits = CATALOGUE.filter((name) => name.toLowerCase().includes(query.trim().toLowerCase()));
  const links = hits.map((name) => Object.assign(document.createElement('a'), { href: '/p/' + name.length, textContent: name }));
  $('#results').replaceChildren(...(hits.length ? links : [Object.assign(document.createElement('p'), { className: 'no-results', textContent: 'No products match your search.' })]));
}

/** A site that searches when the visitor submits (Enter or the button), answering after `ms`. */
function searchOnSubmit(ms = 200) {
  $('#search').addEventListener('submit', (event) => {
    event.preventDefault();
    const query = $<HTMLInputElement>('#q').value;
    setTimeout(() => render(query), ms);
  });
  // Enter in the box submits the form, as browsers do (implicit submission).
  $('#q').addEventListener('keydown', (event) => (event as KeyboardEvent).key === 'Enter' && $('#search').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
}

/** A search-as-you-type box that searches `debounceMs` after each keystroke. */
function searchAsYouType(debounceMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  $('#q').addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => render($<HTMLInputElement>('#q').value), debounceMs);
  });
}

describe('search-failure', () => {
  it('a submitted query (Enter) whose results come back empty: one signal with the query', async () => {
    html(PAGE);
    searchOnSubmit();
    const { signals } = await start(searchFailure, CONFIG);
    await typeInto($('#q'), 'laser level', 100);
    pressEnter($('#q'));
    await tick(5000);
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ type: 'search-failure', weight: 2, detail: { query: 'laser level' } });
  });

  it('a submitted query (the Search button) whose results are present: no signal', async () => {
    html(PAGE);
    searchOnSubmit();
    const { signals } = await start(searchFailure, CONFIG);
    await typeInto($('#q'), 'spirit', 100);
    $('#search').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await tick(5000);
    expect($('#results').children).toHaveLength(2);
    expect(signals).toHaveLength(0);
  });

  it('search-as-you-type, results after the query settles: the settled query counts, not its prefixes', async () => {
    html(PAGE);
    searchAsYouType(1200);
    const { signals } = await start(searchFailure, CONFIG);
    await typeInto($('#q'), 'laser level', 150);
    await tick(5000);
    expect(signals.map((s) => s.detail.query)).toEqual(['laser level']);
  });

  it('search-as-you-type that answers before the query settles (300 ms debounce): still judged', async () => {
    html(PAGE);
    searchAsYouType(300);
    const { signals } = await start(searchFailure, CONFIG);
    await typeInto($('#q'), 'laser level', 150);
    await tick(5000);
    expect(signals.map((s) => s.detail.query)).toEqual(['laser level']);
  });

  it('a query settles after 1 s without typing, not before', async () => {
    html(PAGE);
    searchAsYouType(1200);
    const { signals } = await start(searchFailure, CONFIG);
    await typeInto($('#q'), 'xyz', 900); // pauses of 0.9 s do not settle "x" or "xy"
    await tick(5000);
    expect(signals.map((s) => s.detail.query)).toEqual(['xyz']);
  });

  it('the same query settling twice within 5 s (a pause, then Enter) counts once', async () => {
    html(PAGE);
    searchAsYouType(1100);
    searchOnSubmit(100);
    const { signals } = await start(searchFailure, CONFIG);
    await typeInto($('#q'), 'laser', 100);
    await tick(2500); // settled by the pause and judged
    pressEnter($('#q'));
    await tick(5000);
    expect(signals).toHaveLength(1);
    // Later than 5 s, the same query searched again is a new search.
    pressEnter($('#q'));
    await tick(5000);
    expect(signals).toHaveLength(2);
  });

  it('a typed query the site did not search (results unchanged) is not judged, even under a stale empty state', async () => {
    html(PAGE);
    render('nothing matches this');
    const { signals } = await start(searchFailure, CONFIG);
    await typeInto($('#q'), 'spirit', 100);
    await tick(5000);
    expect($('.no-results')).toBeTruthy();
    expect(signals).toHaveLength(0);
  });

  it('waits until results stop changing: a loading state first, then results, is no failure', async () => {
    html(PAGE);
    $('#search').addEventListener('submit', (event) => {
      event.preventDefault();
      $('#results').textContent = '';
      // Streaming results: a spinner for 1.2 s, changing every 400 ms, then the hits.
      for (const at of [0, 400, 800]) setTimeout(() => ($('#results').innerHTML = `<span class="spinner">Loading ${at}</span>`), at);
      setTimeout(() => render('spirit'), 1200);
    });
    const { signals } = await start(searchFailure, CONFIG);
    $<HTMLInputElement>('#q').value = 'spirit';
    pressEnter($('#q'));
    $('#search').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await tick(5000);
    expect(signals).toHaveLength(0);
  });

  it('results that never stop changing are judged at 3 s at most', async () => {
    html(PAGE);
    const { signals } = await start(searchFailure, CONFIG);
    $<HTMLInputElement>('#q').value = 'laser';
    render('laser');
    await flush();
    const ticker = setInterval(() => $('#results').setAttribute('data-t', String(Date.now())), 200);
    pressEnter($('#q'));
    await tick(2900);
    expect(signals).toHaveLength(0);
    await tick(200);
    clearInterval(ticker);
    expect(signals).toHaveLength(1);
  });

  it('an empty state that appears by a state change outside the results (not an added node) counts', async () => {
    html(PAGE + '<p class="no-results" hidden>Nothing found.</p>');
    render('spirit');
    $('#search').addEventListener('submit', (event) => {
      event.preventDefault();
      setTimeout(() => {
        $('#results').replaceChildren();
        $('.no-results').removeAttribute('hidden');
      }, 300);
    });
    const { signals } = await start(searchFailure, CONFIG);
    $<HTMLInputElement>('#q').value = 'laser';
    $('#search').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await tick(5000);
    expect(signals).toHaveLength(1);
  });

  it('without an `empty` selector, a results container left with no visible content is a failure', async () => {
    html(PAGE);
    render('spirit');
    $('#search').addEventListener('submit', (event) => {
      event.preventDefault();
      setTimeout(() => ($('#results').innerHTML = '<!-- no hits --><div class="hit" hidden></div>'), 200);
    });
    const { signals } = await start(searchFailure, { signals: { search: { input: '#q', results: '#results' } } });
    $<HTMLInputElement>('#q').value = 'laser';
    $('#search').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await tick(5000);
    expect(signals).toHaveLength(1);
  });

  it('a search box and results rendered after Heed started (an SPA) are found when used', async () => {
    const { signals } = await start(searchFailure, CONFIG);
    await tick(1000);
    html(PAGE);
    searchOnSubmit();
    await typeInto($('#q'), 'laser', 100);
    pressEnter($('#q'));
    await tick(5000);
    expect(signals).toHaveLength(1);
  });

  it('a results page loaded with the query in its URL and the empty state showing is a failure', async () => {
    history.replaceState(null, '', '/search?q=laser+level');
    html(PAGE);
    render('laser level');
    const { signals } = await start(searchFailure, CONFIG);
    await tick(5000);
    expect(signals.map((s) => s.detail.query)).toEqual(['laser level']);
  });

  it('a results page with results is not; its reload and a Back to it are not judged again', async () => {
    history.replaceState(null, '', '/search?q=spirit');
    html(PAGE);
    render('spirit');
    const { signals } = await start(searchFailure, CONFIG);
    await tick(5000);
    expect(signals).toHaveLength(0);

    await loadPage('/search?q=laser', 'navigate', PAGE);
    render('laser');
    await tick(5000);
    expect(signals).toHaveLength(0); // the new page's instance has its own list
    const { signals: reloaded } = await loadPage('/search?q=laser', 'reload', PAGE);
    render('laser');
    await tick(10_000);
    expect(reloaded).toHaveLength(0);
  });

  it('an SPA route to a results URL is judged as it renders', async () => {
    html(PAGE);
    const { signals } = await start(searchFailure, CONFIG);
    history.pushState(null, '', '/search?q=laser');
    setTimeout(() => render('laser'), 300);
    await tick(5000);
    expect(signals.map((s) => s.detail.query)).toEqual(['laser']);
  });

  it('heed.signal("search-failure", { query }) reports one directly', async () => {
    html(PAGE);
    const { heed, signals } = await start(searchFailure, CONFIG);
    heed.signal('search-failure', { query: 'laser' });
    await flush();
    expect(signals[0]).toMatchObject({ type: 'search-failure', detail: { query: 'laser', source: 'site' } });
  });

  it('does nothing when neither results nor empty state is configured', async () => {
    html(PAGE);
    render('laser');
    searchOnSubmit();
    const { signals } = await start(searchFailure);
    await typeInto($('#q'), 'laser', 100);
    pressEnter($('#q'));
    await tick(5000);
    expect(signals).toHaveLength(0);
  });

  it('a multi-page site: the header form submits, the results page loads with ?q= and shows the empty state', async () => {
    html(PAGE);
    await start(searchFailure, CONFIG);
    await typeInto($('#q'), 'laser level', 100);
    pressEnter($('#q'));
    $('#search').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })); // not prevented: the browser navigates
    await tick(300);
    const { signals } = await loadPage('/search?q=laser+level', 'navigate', PAGE);
    render('laser level');
    await tick(5000);
    expect(signals.map((s) => s.detail.query)).toEqual(['laser level']);
  });

  it('two failed searches in a row are two signals', async () => {
    html(PAGE);
    searchOnSubmit();
    const { signals } = await start(searchFailure, CONFIG);
    for (const query of ['laser level', 'lazer levle']) {
      $<HTMLInputElement>('#q').value = '';
      await typeInto($('#q'), query, 100);
      pressEnter($('#q'));
      await tick(4000);
    }
    expect(signals.map((s) => s.detail.query)).toEqual(['laser level', 'lazer levle']);
  });

  it('the same results page shown again in this tab (reloaded, or its address entered again) is not another failure', async () => {
    history.replaceState(null, '', '/search?q=laser');
    html(PAGE);
    render('laser');
    const { signals } = await start(searchFailure, CONFIG);
    await tick(5000);
    expect(signals).toHaveLength(1);
    // The address bar: Navigation Timing says 'navigate', as for a new search.
    const { signals: again } = await loadPage('/search?q=laser', 'navigate', PAGE);
    render('laser');
    await tick(5000);
    expect(again).toHaveLength(0);
    const { signals: reloaded } = await loadPage('/search?q=laser', 'reload', PAGE);
    render('laser');
    await tick(5000);
    expect(reloaded).toHaveLength(0);
  });

  it('after another query, the first results page again is a new search', async () => {
    history.replaceState(null, '', '/search?q=laser');
    html(PAGE);
    render('laser');
    await start(searchFailure, CONFIG);
    await tick(5000);
    await loadPage('/search?q=lazer', 'navigate', PAGE);
    render('lazer');
    await tick(5000);
    const { signals } = await loadPage('/search?q=laser', 'navigate', PAGE);
    render('laser');
    await tick(5000);
    expect(signals.map((s) => s.detail.query)).toEqual(['laser']);
  });
});
