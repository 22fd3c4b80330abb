// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createHeed, type Heed } from '../src/index';
import { createActivity } from '../src/activity';
import { createTabState } from '../src/storage/tabState';

// Error reporting is bounded (issue #16): once per cause, at most 50 events a page, so a bad
// config or a failing listener cannot flood a site's error tracking.
describe('error events', () => {
  let heed: Heed | undefined;
  afterEach(() => heed?.destroy());

  it('10,000 bad page rules give at most 50 error events, each cause once', async () => {
    const warn = console.warn;
    let warnings = 0;
    console.warn = () => void warnings++;
    try {
      heed = createHeed({ pages: Array.from({ length: 1000 }, () => ({ match: 42 })), policy: { maxOffersPerPage: 'x' } } as never);
      const errors: unknown[] = [];
      heed.on('error', (error) => errors.push(error));
      await heed.ready;
      expect(errors.length).toBe(50);
      expect(new Set(errors.map((error) => JSON.stringify(error))).size).toBe(50);
      expect(warnings).toBe(50);
    } finally {
      console.warn = warn;
    }
  });

  it('the same failure again is not reported again', async () => {
    heed = createHeed({});
    const errors: unknown[] = [];
    heed.on('error', (error) => errors.push(error));
    await heed.ready;
    await heed.preferences.set({ proactive: 'sometimes' as never });
    await heed.preferences.set({ proactive: 'sometimes' as never });
    await heed.preferences.set({ proactive: 'never' as never });
    expect(errors).toHaveLength(2);
  });
});

describe('stored active time that is not a number', () => {
  it.each([['"abc"'], ['{}'], ['[1,2]'], ['null']])('%s is discarded: the entry window starts from zero', (stored) => {
    sessionStorage.setItem('heed:active', stored);
    const activity = createActivity(5000, createTabState(true));
    expect(activity.siteMs()).toBe(0);
    activity.stop();
  });
});
