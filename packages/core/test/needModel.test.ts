import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import schema from '../schema/heed.schema.json';
import type { SignalsConfig } from '../src/config/configTypes';
import { resolveConfig } from '../src/config/resolveConfig';
import { createNeedModel, scoreAt, type NeedModel } from '../src/need/createNeedModel';
import type { NeedState, SignalEvent, SignalType } from '../src/types';

/** The default signals config: every weight and threshold as published in the schema. */
const DEFAULTS = resolveConfig({}).config.signals;
const { weights, halfLifeSeconds, lowThreshold, highThreshold, windowSeconds } = DEFAULTS;
const S = 1000;
const MIN = 60 * S;

let model: NeedModel;
let levels: NeedState[];

/** Starts a need model with the defaults, or with `overrides` of the signals config. */
function modelWith(overrides: Partial<SignalsConfig> = {}) {
  levels = [];
  model = createNeedModel({ ...DEFAULTS, ...overrides }, (need) => void levels.push(need));
  return model;
}

/** Adds a signal event of `type` now, with its default weight (as createHeed does). */
function add(type: SignalType, evidence = 1, weight = weights[type] ?? weights.custom) {
  const event: SignalEvent = { type, weight, at: Date.now(), detail: {} };
  model.add(event, evidence);
  return event;
}

const level = () => model.current().level;
const wait = (ms: number) => vi.advanceTimersByTime(ms);

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2025, 2, 3, 10) });
  modelWith();
});
afterEach(() => {
  model.stop();
  vi.useRealTimers();
});

describe('need model defaults', () => {
  it('are the schema defaults', () => {
    const signals = (schema as { properties: { signals: { properties: Record<string, { default?: unknown }> } } }).properties.signals.properties;
    expect(weights).toEqual(signals.weights.default);
    expect({ halfLifeSeconds, lowThreshold, highThreshold, windowSeconds }).toEqual({
      halfLifeSeconds: signals.halfLifeSeconds.default,
      lowThreshold: signals.lowThreshold.default,
      highThreshold: signals.highThreshold.default,
      windowSeconds: signals.windowSeconds.default,
    });
    expect(halfLifeSeconds).toBe(60);
  });
});

describe('score', () => {
  it('is Σ weight · 2^(−age / halfLife)', () => {
    add('search-failure'); // 2
    wait(30 * S);
    add('dead-click'); // 1.5
    wait(60 * S);
    const expected = weights['search-failure'] * 2 ** (-90 / halfLifeSeconds) + weights['dead-click'] * 2 ** (-60 / halfLifeSeconds);
    expect(model.current().score).toBeCloseTo(expected, 10);
    expect(model.current().score).toBeCloseTo(2 * 2 ** -1.5 + 1.5 * 0.5, 10);
  });

  it('halves every half-life', () => {
    add('rage-click');
    expect(model.current().score).toBe(2);
    wait(60 * S);
    expect(model.current().score).toBeCloseTo(1, 10);
    wait(60 * S);
    expect(model.current().score).toBeCloseTo(0.5, 10);
  });

  it('follows the configured half-life', () => {
    modelWith({ halfLifeSeconds: 30 });
    add('rage-click');
    wait(60 * S);
    expect(model.current().score).toBeCloseTo(0.5, 10);
  });

  it('scoreAt ignores events from the future', () => {
    const event: SignalEvent = { type: 'dwell', weight: 1.5, at: 2000, detail: {} };
    expect(scoreAt([{ event }], 1000, 60 * S)).toBe(1.5);
  });

  it('forgets events older than the window (5 min)', () => {
    modelWith({ halfLifeSeconds: 1e6 }); // no decay: only the window matters
    add('search-failure');
    wait(windowSeconds * S - 1);
    expect(model.current().reasons).toHaveLength(1);
    wait(1);
    expect(model.current()).toMatchObject({ score: 0, reasons: [], level: 'none' });
  });
});

describe('levels', () => {
  it('one strong event never reaches high: high needs evidence from two signal events', () => {
    add('custom:checkout-failed', 1, 50);
    expect(model.current().score).toBe(50);
    expect(level()).toBe('low');
    expect(levels.map((l) => l.level)).toEqual(['low']);
  });

  it.each(Object.keys(weights).filter((type) => type !== 'custom') as SignalType[])('a single %s event does not reach high', (type) => {
    add(type);
    expect(level()).not.toBe('high');
  });

  it('a single weak event shows as low need at first (weight ≥ lowThreshold)', () => {
    add('back-nav');
    expect(level()).toBe(weights['back-nav'] >= lowThreshold ? 'low' : 'none');
  });

  it('two failed searches within 5 minutes: high', () => {
    add('search-failure');
    wait(4 * MIN + 59 * S);
    add('search-failure');
    expect(level()).toBe('high');
  });

  it('a failed search and a refinement: high', () => {
    add('search-failure');
    wait(2 * MIN);
    add('search-refine');
    expect(level()).toBe('high');
  });

  it('two quick returns to a results list (one pogo-stick event standing for both): high', () => {
    add('pogo-stick', 2);
    expect(level()).toBe('high');
  });

  it('four back navigations spread over 2 minutes (one back-nav event each): high', () => {
    for (let i = 0; i < 4; i++) {
      if (i) wait(40 * S);
      add('back-nav');
    }
    expect(level()).toBe('high');
  });

  it('two rage-click bursts: high', () => {
    add('rage-click');
    wait(90 * S);
    add('rage-click');
    expect(level()).toBe('high');
  });

  it('the same form field rejected three times (form-error on the 2nd and 3rd): high', () => {
    add('form-error');
    wait(MIN);
    add('form-error');
    expect(level()).toBe('high');
  });

  it('a stall on a page with its own dwellSeconds (evidence 2, weight ≥ high threshold): high', () => {
    add('dwell', 2, Math.max(weights.dwell, highThreshold));
    expect(level()).toBe('high');
  });

  it('a signal judged a few ms after it happened is judged as of its own time (no decay on the way)', () => {
    const event: SignalEvent = { type: 'dwell', weight: Math.max(weights.dwell, highThreshold), at: Date.now(), detail: {} };
    wait(3); // the detector's emit and createHeed's bookkeeping, on a real clock
    model.add(event, 2);
    expect(levels.map((need) => need.level)).toEqual(['high']);
    // Hysteresis keeps it high as the score decays from there.
    wait(10 * S);
    expect(level()).toBe('high');
  });

  it('a stall without its own threshold needs one more signal of another type', () => {
    add('dwell');
    expect(level()).not.toBe('high');
    wait(10 * S);
    add('back-nav');
    expect(level()).toBe('high');
  });

  it('two weak signals far apart in time do not add up to high', () => {
    add('back-nav');
    wait(3 * MIN);
    add('back-nav');
    expect(level()).toBe('low');
  });

  it('an event outside the window is no evidence', () => {
    modelWith({ halfLifeSeconds: 1e6 });
    add('search-failure');
    wait(windowSeconds * S + 1);
    add('search-failure');
    expect(level()).toBe('low');
  });

  it('reasons are the signal events that produced the level', () => {
    const first = add('search-failure');
    wait(10 * S);
    const second = add('search-refine');
    expect(levels.at(-1)).toMatchObject({ level: 'high', reasons: [first, second] });
  });
});

describe('decay over time', () => {
  it('falls back to low, then none, with a need event each time and one timer at most (no polling)', () => {
    add('search-failure');
    add('search-failure'); // score 4
    expect(levels.map((l) => l.level)).toEqual(['low', 'high']);
    expect(vi.getTimerCount()).toBeLessThanOrEqual(1);

    // High holds until the score halves below the threshold (hysteresis): 4 → 1 takes two half-lives.
    wait(120 * S - 10);
    expect(levels.map((l) => l.level)).toEqual(['low', 'high']);
    expect(vi.getTimerCount()).toBeLessThanOrEqual(1);
    wait(20);
    expect(levels.map((l) => l.level)).toEqual(['low', 'high', 'low']);
    expect(levels.at(-1)!.score).toBeLessThan(highThreshold / 2);
    expect(vi.getTimerCount()).toBeLessThanOrEqual(1);

    // Low holds until the score halves below lowThreshold: halfLife · log2(4 / (lowThreshold / 2)).
    const lowEnds = halfLifeSeconds * S * Math.log2(4 / (lowThreshold / 2));
    wait(lowEnds - 120 * S - 20);
    expect(levels).toHaveLength(3);
    wait(20);
    expect(levels.map((l) => l.level)).toEqual(['low', 'high', 'low', 'none']);
    expect(levels.at(-1)!.score).toBeLessThan(lowThreshold / 2);
    expect(vi.getTimerCount()).toBeLessThanOrEqual(1);

    // Once the events leave the window nothing is scheduled at all.
    wait(windowSeconds * S);
    expect(vi.getTimerCount()).toBe(0);
    expect(levels).toHaveLength(4);
  });

  it('never runs more than one timer, however many signals arrive', () => {
    for (let i = 0; i < 20; i++) {
      add(i % 2 ? 'dead-click' : 'back-nav');
      wait(7 * S);
      expect(vi.getTimerCount()).toBeLessThanOrEqual(1);
    }
  });

  it('only emits need when the level changes', () => {
    add('back-nav');
    wait(5 * S);
    add('help-seek', 1, 0.1);
    expect(levels.map((l) => l.level)).toEqual(['low']);
  });

  it('stop() clears its timer', () => {
    add('search-failure');
    expect(vi.getTimerCount()).toBe(1);
    model.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('across page loads (multi-page sites)', () => {
  it('recent events carry over in the tab: two failed searches on two pages reach high', async () => {
    const { createTabState } = await import('../src/storage/tabState');
    const { resolveConfig } = await import('../src/config/resolveConfig');
    const { createNeedModel: create } = await import('../src/need/createNeedModel');
    const signals = resolveConfig({}).config.signals;
    const tab = createTabState(false);
    const first: string[] = [];
    const pageOne = create(signals, (n) => first.push(n.level), tab);
    pageOne.add({ type: 'search-failure', weight: 2, at: Date.now(), detail: { query: 'laser tripod' } }, 1);
    pageOne.stop();
    expect(first).toEqual(['low']);
    // The next page load: a new model over the same tab state.
    const second: string[] = [];
    const pageTwo = create(signals, (n) => second.push(n.level), tab);
    pageTwo.resume();
    expect(second).toEqual(['low']);
    pageTwo.add({ type: 'search-failure', weight: 2, at: Date.now(), detail: { query: 'tripod for laser' } }, 1);
    expect(second).toEqual(['low', 'high']);
    expect(pageTwo.current().reasons.map((r) => r.detail.query)).toEqual(['laser tripod', 'tripod for laser']);
    pageTwo.stop();
  });
});
