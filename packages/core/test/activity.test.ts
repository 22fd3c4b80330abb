// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActivity, type Activity } from '../src/activity';
import { createTabState } from '../src/storage/tabState';

const WINDOW = 5000;
let activity: Activity;
const fire = (target: EventTarget, type: string) => target.dispatchEvent(new Event(type));

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-29T10:00:00Z') });
  activity = createActivity(WINDOW, createTabState(false));
});
afterEach(() => {
  activity.stop();
  vi.useRealTimers();
});

describe('activity', () => {
  it('a carousel scrolling by itself keeps nobody active or busy', () => {
    const carousel = document.createElement('div');
    document.body.append(carousel);
    for (let t = 0; t < 60; t++) {
      fire(carousel, 'scroll');
      vi.advanceTimersByTime(1000);
    }
    expect(activity.isActive()).toBe(false);
    expect(activity.isBusy()).toBe(false);
    expect(activity.activeMs()).toBe(0);
    carousel.remove();
  });

  it('a scroll right after the visitor’s own input is theirs; the carousel after that is not', () => {
    const carousel = document.createElement('div');
    document.body.append(carousel);
    fire(window, 'touchstart');
    vi.advanceTimersByTime(500);
    fire(document, 'scroll');
    expect(activity.isBusy()).toBe(true);
    // The touch's fling is over; from here on only the carousel moves.
    for (let t = 0; t < 30; t++) {
      vi.advanceTimersByTime(1000);
      fire(carousel, 'scroll');
    }
    expect(activity.isActive()).toBe(false);
    expect(activity.isBusy()).toBe(false);
    // Active from the touch to 3 s after it at most, plus the window.
    expect(activity.activeMs()).toBeLessThanOrEqual(3000 + WINDOW);
    carousel.remove();
  });

  it('a page scrolled by the site on load (a restored position, an anchor) is not the visitor', () => {
    fire(document, 'scroll');
    expect(activity.isActive()).toBe(false);
  });

  it('wheel, keys and pointer input make the visitor active for the window, and no longer', () => {
    fire(window, 'wheel');
    expect(activity.isActive()).toBe(true);
    expect(activity.isBusy()).toBe(true);
    vi.advanceTimersByTime(WINDOW + 1);
    expect(activity.isActive()).toBe(false);
    expect(activity.activeMs()).toBe(WINDOW);
  });
});
