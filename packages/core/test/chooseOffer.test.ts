import { describe, expect, it } from 'vitest';
import type { ArticleConfig, ExpertConfig } from '../src/config/configTypes';
import type { AvailableHelp } from '../src/help/availableHelp';
import { chooseOffer, type LadderInputs } from '../src/policy/chooseOffer';
import type { SignalEvent } from '../src/types';

// Wednesday 2 December 2026, 11:00 in London: inside "Mon-Fri 09:00-17:30".
const OPEN = Date.parse('2026-12-02T11:00:00Z');
// Saturday 5 December 2026, 11:00: the billing team is closed.
const CLOSED = Date.parse('2026-12-05T11:00:00Z');

const articles: ArticleConfig[] = [
  { title: 'Returns and refunds', url: '/help/returns', topics: ['billing'], keywords: ['refund', 'return', 'label'] },
  { title: 'Delivery', url: '/help/delivery', topics: ['billing'], keywords: ['parcel', 'tracking'] },
];
const billing: ExpertConfig = {
  topic: 'billing',
  holidays: [],
  name: 'Billing team',
  channels: ['chat', 'callback', 'email'],
  email: 'billing@shop.example',
  hours: 'Mon-Fri 09:00-17:30',
  timeZone: 'Europe/London',
  beforeChat: false,
};
const relay = { provider: 'relay' as const, url: 'ws://relay.test', timeZone: 'UTC' };
const failed = (query: string): SignalEvent => ({ type: 'search-failure', weight: 0.5, at: OPEN, detail: { query } });
const help = (change: Partial<AvailableHelp> = {}): AvailableHelp => ({ articles: true, chat: true, experts: true, any: true, ...change });

const inputs = (change: Partial<LadderInputs> = {}): LadderInputs => ({
  need: { level: 'high', score: 1, reasons: [failed('refnud'), failed('refund label')] },
  config: { articles, chat: relay, experts: [billing] },
  help: help(),
  pageTopic: 'billing',
  opened: [],
  tried: false,
  online: true,
  now: OPEN,
  ...change,
});

describe('chooseOffer: the escalation ladder', () => {
  it('articles first: a good match the visitor has not tried leads the offer, with why', () => {
    const choice = chooseOffer(inputs());
    expect(choice.kind).toBe('articles');
    expect(choice.article).toEqual({ title: 'Returns and refunds', url: '/help/returns' });
    expect(choice.topic).toBe('billing');
    expect(choice.why).toEqual(['article “Returns and refunds” matches (10)']);
  });

  it('articles did not help: an agent online means chat, never the same article again', () => {
    const choice = chooseOffer(inputs({ opened: ['/help/returns'], tried: true }));
    expect(choice).toEqual({ kind: 'chat', topic: 'billing', why: ['an article did not help', 'an agent is online'] });
  });

  it('no good match: chat when an agent is there', () => {
    const choice = chooseOffer(inputs({ need: { level: 'high', score: 1, reasons: [failed('gift wrapping')] } }));
    expect(choice.kind).toBe('chat');
    expect(choice.why).toEqual(['no article matches', 'an agent is online']);
  });

  it('an article opened in an earlier session is not offered again; the next match is', () => {
    const choice = chooseOffer(inputs({ opened: ['/help/returns'], need: { level: 'high', score: 1, reasons: [failed('refund parcel')] } }));
    expect(choice.article?.title).toBe('Delivery');
  });

  it('nobody online to chat: the open team for the topic, with its channels that work now', () => {
    const choice = chooseOffer(inputs({ tried: true, opened: ['/help/returns'], online: false }));
    expect(choice.kind).toBe('expert');
    expect(choice.team).toEqual({ name: 'Billing team', channels: ['callback', 'email'] });
    expect(choice.why).toEqual(['an article did not help', 'nobody online to chat', 'Billing team open']);
  });

  it('a team the owner puts before chat comes first while it is open', () => {
    const first = { ...billing, beforeChat: true };
    const choice = chooseOffer(inputs({ tried: true, config: { articles, chat: relay, experts: [first] } }));
    expect(choice.kind).toBe('expert');
    expect(choice.team).toEqual({ name: 'Billing team', channels: ['chat', 'callback', 'email'] });
    expect(choice.why).toContain('Billing team comes before chat');
    // Closed, it does not: chat is there.
    expect(chooseOffer(inputs({ tried: true, now: CLOSED, config: { articles, chat: relay, experts: [first] } })).kind).toBe('chat');
  });

  it('the team closed and nobody online: a nudge, saying why', () => {
    const choice = chooseOffer(inputs({ tried: true, online: false, now: CLOSED }));
    expect(choice).toEqual({ kind: 'nudge', topic: 'billing', why: ['an article did not help', 'Billing team closed now', 'nobody online to chat'] });
  });

  it('an open team whose only channel is chat, with nobody online: not offered, and why', () => {
    const chatOnly = { ...billing, channels: ['chat' as const] };
    const choice = chooseOffer(inputs({ tried: true, online: false, config: { articles, chat: relay, experts: [chatOnly] } }));
    expect(choice).toEqual({ kind: 'nudge', topic: 'billing', why: ['an article did not help', 'Billing team: no channel works now', 'nobody online to chat'] });
  });

  it('no team for the topic and no chat: a nudge', () => {
    const choice = chooseOffer(inputs({ tried: true, pageTopic: 'products', help: help({ chat: false }), online: false }));
    expect(choice).toEqual({ kind: 'nudge', topic: 'products', why: ['an article did not help', 'no team for products'] });
  });

  it('a page without a topic takes the one the queries point at, and reaches that team', () => {
    const choice = chooseOffer(inputs({ pageTopic: undefined, tried: true, online: false }));
    expect(choice.topic).toBe('billing');
    expect(choice.kind).toBe('expert');
    expect(choice.why[0]).toBe('topic billing from the queries');
  });

  it('a struggle without queries (a rage click) on a topic page is not an article offer', () => {
    const rage: SignalEvent = { type: 'rage-click', weight: 1, at: OPEN, detail: { element: 'Apply coupon' } };
    expect(chooseOffer(inputs({ need: { level: 'high', score: 1, reasons: [rage] } })).kind).toBe('chat');
  });
  it('a chat product instead of the relay: no callback (nowhere to send it), email by its address', () => {
    const choice = chooseOffer(inputs({ tried: true, online: false, config: { articles, chat: { provider: 'crisp', timeZone: 'UTC' }, experts: [billing] } }));
    expect(choice.team).toEqual({ name: 'Billing team', channels: ['email'] });
  });
});
