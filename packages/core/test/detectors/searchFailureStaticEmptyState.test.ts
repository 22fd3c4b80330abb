// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { searchFailure } from '../../src/detectors/searchFailure';
import { $, html, pressEnter, start, tick, typeInto, useDetectorHarness } from './harness';

useDetectorHarness();

// A second failed search must count even when nothing on the page changes between the first
// failure and the second: the "no results" message is one static element already showing, the
// results container already empty.

const CONFIG = { signals: { search: { input: '#q', results: '#results', empty: '.no-results' } } };
const CATALOGUE = ['Spirit level 60 cm', 'Tape measure 8 m', 'Claw hammer'];
const PAGE = `
  <form id="search"><input id="q" type="search"></form>
  <ul id="results"><li>Spirit level 60 cm</li><li>Claw hammer</li></ul>
  <p class="no-results" hidden>No products match your search.</p>`;

/** How the site shows or hides its message; `q` is the query it answers. */
type Show = (on: boolean, q: string) => void;
const empty = () => $('.no-results');
const PATTERNS: Array<[string, Show]> = [
  ['the hidden attribute', (on) => (empty().hidden = !on)],
  ['a class', (on) => (empty().classList.toggle('shown', on), (empty().hidden = false), (empty().style.display = on ? '' : 'none'))],
  ['style.display', (on) => ((empty().hidden = false), (empty().style.display = on ? '' : 'none'))],
  ['its text rewritten in place', (on, q) => ((empty().hidden = !on), on && (empty().textContent = `Nothing found for “${q}”.`))],
];

/** A site that answers each submit `ms` later; `rerender` writes the results even when they are the same. */
function site(show: Show, { ms = 150, rerender = false } = {}) {
  let rendered = $('#results').innerHTML;
  $('#search').addEventListener('submit', (event) => {
    event.preventDefault();
    const q = $<HTMLInputElement>('#q').value.trim().toLowerCase();
    setTimeout(() => {
      const markup = CATALOGUE.filter((name) => q && name.toLowerCase().includes(q)).map((name) => `<li>${name}</li>`).join('');
      if (rerender || markup !== rendered) $('#results').innerHTML = markup;
      rendered = markup;
      show(!markup, q);
    }, ms);
  });
  $('#q').addEventListener('keydown', (event) => (event as KeyboardEvent).key === 'Enter' && $('#search').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
}

/** The visitor clears the box, types `query` and presses Enter; then waits `ms`. */
async function search(query: string, ms = 4000) {
  $<HTMLInputElement>('#q').value = '';
  await typeInto($('#q'), query, 80);
  pressEnter($('#q'));
  await tick(ms);
}

describe('search-failure under a static empty state', () => {
  it.each(PATTERNS)('shown by %s: three failed searches are three signals', async (_, show) => {
    html(PAGE);
    show(false, '');
    site(show);
    const { heed, signals } = await start(searchFailure, CONFIG);
    for (const query of ['laser tripod', 'tripod for laser', 'laser stand']) await search(query);
    expect(signals.map((s) => s.detail.query)).toEqual(['laser tripod', 'tripod for laser', 'laser stand']);
    expect(heed.state().need.level).toBe('high');
  });

  it('the results container re-rendered with identical (empty) markup: counted again', async () => {
    html(PAGE.replace('<p class="no-results" hidden>No products match your search.</p>', ''));
    site((on) => on && ($('#results').innerHTML = '<li class="no-results">No products match your search.</li>'), { rerender: true });
    const { signals } = await start(searchFailure, CONFIG);
    await search('laser tripod');
    await search('tripod for laser');
    expect(signals).toHaveLength(2);
  });

  it('a search with results after a failed one, answered later than the quiet period: no failure', async () => {
    html(PAGE);
    site((on) => (empty().hidden = !on), { ms: 900 });
    const { signals } = await start(searchFailure, CONFIG);
    await search('laser tripod');
    await search('tape');
    expect($('#results').children).toHaveLength(1);
    expect(signals.map((s) => s.detail.query)).toEqual(['laser tripod']);
  });

  it('a query typed and left without Enter, on a page that searches only on submit: not judged', async () => {
    html(PAGE);
    site((on) => (empty().hidden = !on));
    const { signals } = await start(searchFailure, CONFIG);
    await search('laser tripod');
    $<HTMLInputElement>('#q').value = '';
    await typeInto($('#q'), 'tripod for laser', 80);
    await tick(5000);
    expect(signals).toHaveLength(1);
  });

  it('a typed (search-as-you-type) query whose message text the site rewrote: judged', async () => {
    html(PAGE);
    let timer: ReturnType<typeof setTimeout> | undefined;
    $('#q').addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        $('#results').replaceChildren();
        empty().hidden = false;
        empty().textContent = `Nothing found for “${$<HTMLInputElement>('#q').value}”.`;
      }, 300);
    });
    const { signals } = await start(searchFailure, CONFIG);
    await typeInto($('#q'), 'xyzzy', 150);
    await tick(4000);
    $<HTMLInputElement>('#q').value = 'xyz';
    await typeInto($('#q'), 'zq', 150);
    await tick(4000);
    expect(signals.map((s) => s.detail.query)).toEqual(['xyzzy', 'xyzzq']);
  });
});
