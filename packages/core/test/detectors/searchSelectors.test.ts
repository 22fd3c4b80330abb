// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { searchFailure } from '../../src/detectors/searchFailure';
import { searchRefine } from '../../src/detectors/searchRefine';
import { $, html, pressEnter, start, tick, typeInto, useDetectorHarness } from './harness';

useDetectorHarness();

// A selector the browser cannot parse must not make the search detectors throw on every
// keystroke: the config check (validate.ts) reports it once and the default is used, so no error
// event comes from the detectors.

const PAGE = `<form id="search"><input id="q" type="search"></form><div id="results"></div>`;
const SEARCH = { input: '#q', results: '#results', empty: '.no-results' };

describe('search selectors', () => {
  it.each([
    ['input', '#search['],
    ['results', '#results >'],
    ['empty', '.no-results)'],
  ])('signals.search.%s "%s": typing, pausing and Enter raise no error events', async (key, selector) => {
    html(PAGE);
    const { heed } = await start([searchFailure, searchRefine], { signals: { search: { ...SEARCH, [key]: selector } } });
    const errors: unknown[] = [];
    heed.on('error', (error) => void errors.push(error));
    await typeInto($('#q'), 'laser tripod', 100);
    await tick(1500);
    pressEnter($('#q'));
    $('#results').innerHTML = '<p class="no-results">Nothing found.</p>';
    await tick(4000);
    $('#results').click();
    expect(errors).toEqual([]);
  });

  it('a results page with the query in its URL is still judged when only the search box selector is broken', async () => {
    history.replaceState(null, '', '/search?q=laser');
    html(PAGE.replace('<div id="results"></div>', '<div id="results"><p class="no-results">Nothing found.</p></div>'));
    const { signals } = await start(searchFailure, { signals: { search: { ...SEARCH, input: '#search[' } } });
    await tick(4000);
    expect(signals.map((s) => s.detail.query)).toEqual(['laser']);
  });
});
