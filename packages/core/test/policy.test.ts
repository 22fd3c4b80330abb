import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Activity } from '../src/activity';
import { resolveConfig } from '../src/config/resolveConfig';
import type { HeedConfig } from '../src/config/configTypes';
import { createEmitter } from '../src/emitter';
import { withinHours } from '../src/chat/hours';
import { createPolicy } from '../src/policy/createPolicy';
import { createStore, type Store } from '../src/storage/createStore';
import type { PageRule } from '../src/config/configTypes';
import type { HeedEvents, NeedState, OfferEvent, Preferences, SignalEvent } from '../src/types';

const signal = (type: SignalEvent['type'] = 'search-failure'): SignalEvent => ({ type, weight: 2, at: Date.now(), detail: { query: 'laser tripod' } });
const HIGH = (): NeedState => ({ level: 'high', score: 4, reasons: [signal(), signal()] });

interface Setup {
  config?: HeedConfig;
  store?: Store;
  rule?: PageRule;
  preferences?: Preferences;
  siteMs?: number;
  typing?: () => boolean;
  /** The attached UI's answer to "is this offer on screen?"; no UI (headless) when absent. */
  seen?: () => Promise<boolean>;
}

// Policies talk over BroadcastChannel('heed'), so every test stops the ones it made.
const running: Array<{ stop(): void }> = [];

/** Help to offer: a config without any makes no proactive offer (the `unavailable` rule). */
const HELP: HeedConfig = { articles: [{ title: 'Returns', url: '/help/returns' }] };

/** A policy wired to a real emitter and store, with a visitor whose activity the test controls. */
function setup({ config, store = createStore('memory'), rule, preferences = { proactive: 'on' }, siteMs = 60_000, typing = () => false, seen: onScreen }: Setup = {}) {
  const bus = createEmitter<HeedEvents>((error) => {
    throw error;
  });
  const seen: Array<[string, unknown]> = [];
  for (const name of ['offer', 'suppress', 'dismiss'] as const) bus.on(name, (payload) => seen.push([name, payload]));
  let need: NeedState = { level: 'none', score: 0, reasons: [] };
  const started = Date.now();
  const activity: Activity = {
    isActive: () => true,
    isTyping: typing,
    isBusy: () => false,
    activeMs: () => siteMs + (Date.now() - started),
    siteMs: () => siteMs + (Date.now() - started),
    stop: () => {},
  };
  const policy = createPolicy({
    config: resolveConfig({ ...HELP, ...config }).config,
    bus,
    store,
    activity,
    preferences: () => preferences,
    rule: () => rule,
    page: () => '/search',
    need: () => need,
    shared: false,
    view: () => onScreen && { open() {}, close() {}, present: onScreen },
  });
  running.push(policy);
  const raise = async () => {
    need = HIGH();
    bus.emit('need', need);
    await vi.advanceTimersByTimeAsync(10);
  };
  const calm = () => {
    need = { level: 'none', score: 0, reasons: [] };
    bus.emit('need', need);
  };
  const offers = () => seen.filter(([name]) => name === 'offer').map(([, payload]) => payload as OfferEvent);
  const rules = () => seen.filter(([name]) => name === 'suppress').map(([, payload]) => (payload as { rule: string }).rule);
  return { bus, policy, raise, calm, offers, rules, seen, store };
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-23T10:00:00Z') });
});
afterEach(() => {
  running.splice(0).forEach((policy) => policy.stop());
  vi.useRealTimers();
});

describe('restraint policy', () => {
  it('offers once on high need when every rule allows, with the reasons', async () => {
    const { raise, offers, rules } = setup();
    await raise();
    expect(offers()).toHaveLength(1);
    expect(offers()[0]).toMatchObject({ kind: 'nudge', reasons: [{ type: 'search-failure' }, { type: 'search-failure' }] });
    expect(rules()).toEqual([]);
  });

  it('in the holdout group it offers nothing: suppress `holdout` with the reasons, where the offer would have been', async () => {
    const { raise, bus, offers, seen, policy } = setup();
    bus.group = 'holdout';
    await raise();
    expect(offers()).toEqual([]);
    expect(seen.filter(([name]) => name === 'suppress').map(([, payload]) => payload)).toMatchObject([
      { rule: 'holdout', group: 'holdout', reasons: [{ type: 'search-failure' }, { type: 'search-failure' }] },
    ]);
    // Nothing counts against the caps: the holdout keeps saying where offers would have appeared.
    expect(policy.snapshot().offersShown).toBe(0);
  });

  it('an offer the page keeps off screen is not emitted: suppress `hidden`, nothing remembered, offered once it can be seen', async () => {
    let visible = false;
    const { raise, bus, offers, rules, policy } = setup({ seen: async () => visible });
    await raise();
    expect(offers()).toEqual([]);
    expect(rules()).toEqual(['hidden']);
    expect(policy.snapshot().offersShown).toBe(0);
    // The next signal is the next moment to decide; once the page shows Heed again, the offer counts.
    visible = true;
    bus.emit('signal', signal());
    await vi.advanceTimersByTimeAsync(10);
    expect(offers()).toHaveLength(1);
    expect(policy.snapshot().offersShown).toBe(1);
  });

  it('a message on the tabs\' channel is read through the memory\'s shape check: junk from another script breaks nothing', async () => {
    const { raise, bus, offers, seen, policy } = setup();
    const other = new BroadcastChannel('heed');
    other.postMessage({ offers: 'abc', dismissals: 'x', session: null, showingUntil: 'soon' });
    await vi.advanceTimersByTimeAsync(10);
    // heed.state() reads the policy's snapshot.
    expect(policy.snapshot()).toEqual({ offersShown: 0, quiet: false });
    await raise();
    expect(offers()).toHaveLength(1);
    bus.emit('dismiss', { id: offers()[0].id, how: 'button' });
    await vi.advanceTimersByTimeAsync(10);
    other.close();
    expect(seen.filter(([name]) => name === 'dismiss')).toHaveLength(1);
  });

  it('not on entry: holds the offer until minActiveSeconds of active time, then offers', async () => {
    const { raise, offers, rules } = setup({ siteMs: 5_000 });
    await raise();
    expect(rules()).toEqual(['entry']);
    expect(offers()).toEqual([]);
    await vi.advanceTimersByTimeAsync(9_000);
    expect(offers()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_100);
    expect(offers()).toHaveLength(1);
  });

  it('natural pause: high need while typing is suppressed once, then offered at the pause', async () => {
    let typingUntil = Date.now() + 3_000;
    const { raise, offers, rules } = setup({ typing: () => Date.now() < typingUntil });
    await raise();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(rules()).toEqual(['typing']);
    expect(offers()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(offers()).toHaveLength(1);
    typingUntil = 0;
  });

  it('does not offer while need is not high, and stops waiting when need drops', async () => {
    const { raise, calm, offers } = setup({ siteMs: 0 });
    await raise();
    calm();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(offers()).toEqual([]);
  });

  it('caps: one per page, two per session', async () => {
    const { raise, calm, offers, rules, bus } = setup();
    await raise();
    bus.emit('dismiss', { id: offers()[0].id, how: 'timeout' });
    calm();
    await raise();
    expect(rules()).toContain('cap');
    expect(offers()).toHaveLength(1);
    bus.emit('page', { url: 'http://x/other', page: '/other', navigation: 'push', at: Date.now() });
    calm();
    await raise();
    expect(offers()).toHaveLength(2);
    bus.emit('dismiss', { id: offers()[1].id, how: 'timeout' });
    bus.emit('page', { url: 'http://x/third', page: '/third', navigation: 'push', at: Date.now() });
    calm();
    await raise();
    expect(offers()).toHaveLength(2);
  });

  it('caps: three per week across sessions on this device', async () => {
    const store = createStore('memory');
    for (let session = 0; session < 4; session++) {
      const { raise, offers, bus, policy } = setup({ store });
      await raise();
      if (session < 3) {
        expect(offers()).toHaveLength(1);
        bus.emit('accept', { id: offers()[0].id, channel: 'panel' });
      } else expect(offers()).toEqual([]);
      policy.stop();
      await vi.advanceTimersByTimeAsync(31 * 60_000); // a new session
    }
    await vi.advanceTimersByTimeAsync(7 * 864e5);
    const later = setup({ store });
    await later.raise();
    expect(later.offers()).toHaveLength(1);
  });

  it('"No thanks" quiets the rest of the session; a second dismissal quiets the device for 30 days, across a restart', async () => {
    const store = createStore('memory');
    const first = setup({ store });
    await first.raise();
    first.bus.emit('dismiss', { id: first.offers()[0].id, how: 'button' });
    await vi.advanceTimersByTimeAsync(10);
    first.calm();
    first.bus.emit('page', { url: 'http://x/b', page: '/b', navigation: 'push', at: Date.now() });
    await first.raise();
    expect(first.rules()).toContain('cooldown');
    expect(first.offers()).toHaveLength(1);
    expect(first.policy.snapshot()).toEqual({ offersShown: 1, quiet: true });
    first.policy.stop();

    await vi.advanceTimersByTimeAsync(2 * 3600_000); // next session: offers again
    const second = setup({ store });
    await second.raise();
    expect(second.offers()).toHaveLength(1);
    second.bus.emit('dismiss', { id: second.offers()[0].id, how: 'escape' });
    await vi.advanceTimersByTimeAsync(10);
    second.policy.stop();

    await vi.advanceTimersByTimeAsync(29 * 864e5); // a restart 29 days later: still quiet
    const third = setup({ store });
    await third.raise();
    expect(third.rules()).toEqual(['quiet']);
    expect(third.offers()).toEqual([]);
    third.policy.stop();

    await vi.advanceTimersByTimeAsync(2 * 864e5); // 31 days: help may be offered again
    const fourth = setup({ store });
    await fourth.raise();
    expect(fourth.offers()).toHaveLength(1);
  });

  it('an ignored offer folds away after 20 s as a soft dismissal; two of them quiet the session', async () => {
    const { raise, calm, offers, rules, seen, bus } = setup({ config: { policy: { maxOffersPerSession: 5 } } });
    await raise();
    await vi.advanceTimersByTimeAsync(19_000);
    expect(seen.filter(([n]) => n === 'dismiss')).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_100);
    expect(seen.filter(([n]) => n === 'dismiss').map(([, p]) => p)).toEqual([{ id: offers()[0].id, how: 'timeout', group: 'heed' }]);
    bus.emit('page', { url: 'http://x/b', page: '/b', navigation: 'push', at: Date.now() });
    calm();
    await raise();
    expect(rules()).toEqual([]);
    expect(offers()).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(20_100);
    bus.emit('page', { url: 'http://x/c', page: '/c', navigation: 'push', at: Date.now() });
    calm();
    await raise();
    expect(rules()).toContain('cooldown');
    expect(offers()).toHaveLength(2);
  });

  it('once, politely: the same struggle does not bring a second offer on the next page; new evidence may', async () => {
    const { raise, calm, offers, rules, bus } = setup();
    await raise();
    bus.emit('dismiss', { id: offers()[0].id, how: 'timeout' });
    await vi.advanceTimersByTimeAsync(1_000);
    bus.emit('page', { url: 'http://x/b', page: '/b', navigation: 'push', at: Date.now() });
    // The same reasons, still high on the next page.
    bus.emit('signal', offers()[0].reasons[0]);
    await vi.advanceTimersByTimeAsync(50);
    expect(rules()).toContain('repeat');
    expect(offers()).toHaveLength(1);
    calm();
    await raise(); // fresh signals
    expect(offers()).toHaveLength(2);
  });

  it('the visitor owns it: "Only when I ask" means no proactive offers', async () => {
    const { raise, offers, rules, policy } = setup({ preferences: { proactive: 'ask-only' } });
    await raise();
    expect(rules()).toEqual(['quiet']);
    expect(offers()).toEqual([]);
    expect(policy.snapshot().quiet).toBe(true);
  });

  it('page rules: proactive false silences the page', async () => {
    const { raise, offers, rules } = setup({ rule: { match: '/blog/*', proactive: false } });
    await raise();
    expect(rules()).toEqual(['page']);
    expect(offers()).toEqual([]);
  });

  it('no offer while the visitor has the panel open', async () => {
    const { raise, offers, rules, bus } = setup();
    bus.emit('open', { view: 'home', by: 'visitor' });
    await raise();
    expect(rules()).toEqual(['open']);
    expect(offers()).toEqual([]);
  });

  it('one voice: while another tab shows an offer, this one waits; after it closes, this one may offer', async () => {
    const store = createStore('memory');
    const a = setup({ store });
    const b = setup({ store });
    await a.raise();
    expect(a.offers()).toHaveLength(1);
    await b.raise();
    expect(b.rules()).toEqual(['other-tab']);
    expect(b.offers()).toEqual([]);
    a.bus.emit('accept', { id: a.offers()[0].id, channel: 'panel' });
    await vi.advanceTimersByTimeAsync(50);
    b.bus.emit('signal', signal());
    await vi.advanceTimersByTimeAsync(50);
    expect(b.offers()).toHaveLength(1);
  });

  it('a dismissal in one tab holds in the others', async () => {
    const store = createStore('memory');
    const a = setup({ store });
    const b = setup({ store });
    await a.raise();
    a.bus.emit('dismiss', { id: a.offers()[0].id, how: 'button' });
    await vi.advanceTimersByTimeAsync(50);
    await b.raise();
    expect(b.rules()).toEqual(['cooldown']);
    expect(b.offers()).toEqual([]);
  });

  it('only offers live chat when an agent is online; otherwise a nudge and a suppress "unavailable"', async () => {
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify({ online: false, agents: 0 })));
    vi.stubGlobal('fetch', fetch);
    const offline = setup({ config: { chat: { provider: 'relay', url: 'ws://127.0.0.1:8787' } } });
    await offline.raise();
    expect(fetch.mock.calls[0][0]).toBe('http://127.0.0.1:8787/presence');
    expect(offline.rules()).toEqual(['unavailable']);
    expect(offline.offers()[0].kind).toBe('nudge');
    fetch.mockImplementation(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify({ online: true, agents: 1 })));
    const online = setup({ config: { chat: { provider: 'relay', url: 'ws://127.0.0.1:8787' } } });
    await online.raise();
    expect(online.offers()[0].kind).toBe('chat');
    vi.unstubAllGlobals();
  });

  it('asks who is online as it starts and reuses the answer for 30 s', async () => {
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify({ online: true, agents: 2 })));
    vi.stubGlobal('fetch', fetch);
    const { raise, calm, offers, bus } = setup({ config: { chat: { provider: 'relay', url: 'ws://127.0.0.1:8787' }, policy: { maxOffersPerPage: 5, maxOffersPerSession: 5 } } });
    expect(fetch).toHaveBeenCalledTimes(1);
    await raise();
    expect(offers().map((offer) => offer.kind)).toEqual(['chat']);
    expect(fetch).toHaveBeenCalledTimes(1);
    bus.emit('accept', { id: offers()[0].id, channel: 'chat' });
    calm();
    await vi.advanceTimersByTimeAsync(31_000);
    await raise();
    expect(offers()).toHaveLength(2);
    expect(fetch).toHaveBeenCalledTimes(2);
    vi.unstubAllGlobals();
  });

  it('a relay slow to say who is online does not hold the offer back: a nudge within 100 ms', async () => {
    const fetch = vi.fn(
      (_url: string, _init?: RequestInit) => new Promise<Response>((done) => setTimeout(() => done(new Response(JSON.stringify({ online: true, agents: 1 }))), 2_000)),
    );
    vi.stubGlobal('fetch', fetch);
    const { raise, offers, rules } = setup({ config: { chat: { provider: 'relay', url: 'ws://127.0.0.1:8787' } } });
    await raise();
    expect(offers()).toEqual([]);
    await vi.advanceTimersByTimeAsync(90);
    expect(offers().map((offer) => offer.kind)).toEqual(['nudge']);
    expect(rules()).toEqual(['unavailable']);
    vi.unstubAllGlobals();
  });

  it('each rule is reported at most once per episode of high need', async () => {
    const { raise, rules, bus } = setup({ siteMs: 0 });
    await raise();
    bus.emit('signal', signal());
    bus.emit('signal', signal());
    await vi.advanceTimersByTimeAsync(100);
    expect(rules()).toEqual(['entry']);
  });
});

/** One tab's sessionStorage, shared by the policies of its successive pages. */
function sameTab() {
  const items = new Map<string, string>();
  vi.stubGlobal('sessionStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  });
}

describe('restraint policy across the pages of one tab', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('a reload (or the next page) of the tab that showed an offer is not another tab', async () => {
    sameTab();
    const store = createStore('memory');
    const first = setup({ store });
    await first.raise();
    expect(first.offers()).toHaveLength(1);
    first.policy.stop(); // the page goes away with its offer; its memory says "showing" for 20 s more
    const next = setup({ store });
    next.bus.emit('page', { url: 'http://x/b', page: '/b', navigation: 'push', at: Date.now() });
    await next.raise();
    expect(next.rules()).not.toContain('other-tab');
    expect(next.offers()).toHaveLength(1);
  });

  it('the page cap counts per page key across reloads: the reloaded page gets no second offer, another page may', async () => {
    sameTab();
    const store = createStore('memory');
    const first = setup({ store });
    await first.raise();
    first.bus.emit('dismiss', { id: first.offers()[0].id, how: 'timeout' });
    await vi.advanceTimersByTimeAsync(10);
    first.policy.stop();
    const reloaded = setup({ store }); // the same page key, /search, loaded again (a reload, or ?q= changed)
    await reloaded.raise();
    expect(reloaded.rules()).toEqual(['cap']);
    expect(reloaded.offers()).toEqual([]);
    reloaded.calm();
    reloaded.bus.emit('page', { url: 'http://x/other', page: '/other', navigation: 'push', at: Date.now() });
    await reloaded.raise();
    expect(reloaded.offers()).toHaveLength(1);
  });

  it('a new session starts the page count again', async () => {
    sameTab();
    const store = createStore('memory');
    const first = setup({ store });
    await first.raise();
    first.bus.emit('accept', { id: first.offers()[0].id, channel: 'panel' });
    await vi.advanceTimersByTimeAsync(10);
    first.policy.stop();
    await vi.advanceTimersByTimeAsync(31 * 60_000);
    const later = setup({ store });
    await later.raise();
    expect(later.offers()).toHaveLength(1);
  });
});

describe('only what is there', () => {
  afterEach(() => vi.restoreAllMocks());

  it('with no articles, no chat and no expert with a usable channel: no offer, suppress "unavailable", one console warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { raise, calm, offers, rules, bus } = setup({ config: { articles: [], experts: [{ name: 'Billing', topic: 'billing', channels: ['email', 'booking', 'chat'] }] } });
    await raise();
    expect(offers()).toEqual([]);
    expect(rules()).toEqual(['unavailable']);
    calm();
    await raise();
    bus.emit('signal', signal());
    await vi.advanceTimersByTimeAsync(50);
    expect(offers()).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/^Heed: .*no help/);
  });

  it.each([
    ['an article', { articles: [{ title: 'Returns', url: '/help/returns' }] }],
    ['an expert with an email address', { articles: [], experts: [{ name: 'Billing', topic: 'billing', channels: ['email'], email: 'billing@shop.example' }] }],
    ['an expert with a booking link', { articles: [], experts: [{ name: 'Billing', topic: 'billing', channels: ['booking'], bookingUrl: 'https://book.example/billing' }] }],
  ])('%s is enough help for an offer', async (_, config) => {
    const { raise, offers, rules } = setup({ config: config as HeedConfig });
    await raise();
    expect(offers()).toHaveLength(1);
    expect(rules()).toEqual([]);
  });

  it('the rule comes after the visitor-facing ones: the entry window is still reported first', async () => {
    const { raise, rules } = setup({ config: { articles: [] }, siteMs: 0 });
    await raise();
    expect(rules()).toEqual(['entry']);
  });
});

describe('withinHours', () => {
  const at = (iso: string) => new Date(iso).getTime();
  it('reads "Mon-Fri 09:00-17:00" in the given time zone', () => {
    expect(withinHours('Mon-Fri 09:00-17:00', 'Europe/Berlin', at('2026-11-23T08:30:00Z'))).toBe(true); // Mon 09:30 Berlin
    expect(withinHours('Mon-Fri 09:00-17:00', 'Europe/Berlin', at('2026-11-23T07:30:00Z'))).toBe(false); // 08:30
    expect(withinHours('Mon-Fri 09:00-17:00', 'Europe/Berlin', at('2026-11-22T10:00:00Z'))).toBe(false); // Sunday
    expect(withinHours('Mon-Fri 09:00-17:00, Sun 10:00-12:00', 'Europe/Berlin', at('2026-11-22T10:00:00Z'))).toBe(true);
    expect(withinHours('Fri-Mon 22:00-23:59', 'America/New_York', at('2026-11-24T03:30:00Z'))).toBe(true); // Mon 22:30 NY
  });
  it('no hours means always open; unreadable hours or zones count as closed', () => {
    expect(withinHours(undefined, 'UTC', Date.now())).toBe(true);
    expect(withinHours('whenever', 'UTC', Date.now())).toBe(false);
    expect(withinHours('Mon-Fri 09:00-17:00', 'Not/AZone', Date.now())).toBe(false);
  });
});
