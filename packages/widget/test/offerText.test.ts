import type { SignalEvent } from '@heed/core';
import type { AvailableHelp } from '@heed/core/internal';
import { describe, expect, it } from 'vitest';
import { decidingSignal, offerCopy, offerHeadline } from '../src/panel/offerText.js';

let clock = 1_000;
const signal = (type: string, detail: Record<string, unknown> = {}): SignalEvent => ({ type, weight: 2, at: (clock += 1000), detail }) as SignalEvent;
const help = (has: Partial<AvailableHelp>): AvailableHelp => {
  const made = { articles: false, chat: false, experts: false, ...has };
  return { ...made, any: made.articles || made.chat || made.experts };
};

describe('decidingSignal', () => {
  it('is the latest signal: a refinement carried from the previous page beats the older failure', () => {
    const first = signal('search-failure', { query: 'laser tripod' });
    const refine = signal('search-refine', { query: 'tripod for laser', previous: 'laser tripod' });
    expect(decidingSignal([first, refine])).toBe(refine);
  });

  it('prefers the failure of the same query over its refinement, whichever came last', () => {
    const refine = signal('search-refine', { query: 'tripod for laser' });
    const failed = signal('search-failure', { query: 'tripod for laser' });
    expect(decidingSignal([signal('search-failure', { query: 'laser tripod' }), refine, failed])).toBe(failed);
    expect(decidingSignal([failed, refine])).toBe(failed);
  });

  it('is undefined without reasons', () => {
    expect(decidingSignal([])).toBeUndefined();
  });
});

describe('offerHeadline', () => {
  it('quotes the most recent query', () => {
    const reasons = [signal('search-failure', { query: 'laser tripod' }), signal('search-refine', { query: 'tripod for laser' })];
    expect(offerHeadline(reasons)).toBe('Still looking for “tripod for laser”?');
    expect(offerHeadline([...reasons, signal('search-failure', { query: 'tripod for laser' })])).toBe("Can't find “tripod for laser”?");
  });

  it('names the control or field for clicks and form errors', () => {
    expect(offerHeadline([signal('rage-click', { element: 'Apply coupon' })])).toBe('Is “Apply coupon” not working?');
    expect(offerHeadline([signal('dead-click', {})])).toBe('Is something not working?');
    expect(offerHeadline([signal('form-error', { field: 'Postcode' })])).toBe('Having trouble with “Postcode”?');
    expect(offerHeadline([signal('dwell', {})])).toBe('Need a hand with this step?');
  });

  it('cuts a long query to 40 characters', () => {
    expect(offerHeadline([signal('search-failure', { query: 'x'.repeat(80) })])).toBe(`Can't find “${'x'.repeat(40)}”?`);
  });

  it('falls back to a plain question for signals it has no words for', () => {
    expect(offerHeadline([signal('custom:cart-error', {})])).toBe('Can we help?');
  });
});

describe('offerCopy', () => {
  const searches = [signal('search-failure', { query: 'laser tripod' }), signal('search-failure', { query: 'laser stand' })];
  const rage = [signal('rage-click', { element: 'Apply coupon' }), signal('rage-click', { element: 'Apply coupon' })];

  it('is undefined when the site has set up no help at all: no card promises anything', () => {
    expect(offerCopy({ kind: 'nudge', reasons: searches }, help({}))).toBeUndefined();
    expect(offerCopy({ kind: 'chat', reasons: searches }, help({}))).toBeUndefined();
  });

  it('offers live chat only when the offer is for chat and chat exists', () => {
    expect(offerCopy({ kind: 'chat', reasons: searches }, help({ chat: true }))).toMatchObject({ action: 'Chat with us', view: 'chat', channel: 'chat' });
    expect(offerCopy({ kind: 'chat', reasons: searches }, help({ articles: true }))).toMatchObject({ action: 'See help articles', view: 'articles', channel: 'panel' });
  });

  it('leads straight to the one kind of help the site has', () => {
    expect(offerCopy({ kind: 'nudge', reasons: searches }, help({ articles: true }))).toMatchObject({ view: 'articles', body: expect.stringMatching(/help articles/) });
    expect(offerCopy({ kind: 'nudge', reasons: searches }, help({ experts: true }))).toMatchObject({ action: 'Contact our team', view: 'expert' });
    expect(offerCopy({ kind: 'nudge', reasons: searches }, help({ chat: true }))).toMatchObject({ action: 'Message us', view: 'chat', body: expect.stringMatching(/message/) });
  });

  it('opens the panel home when there is more than one way to help', () => {
    expect(offerCopy({ kind: 'nudge', reasons: searches }, help({ articles: true, experts: true }))).toMatchObject({ action: 'Ask us', view: 'home', channel: 'panel' });
  });

  it('goes to the tier the policy chose when the site has it', () => {
    const all = help({ articles: true, chat: true, experts: true });
    expect(offerCopy({ kind: 'articles', reasons: searches }, all)).toMatchObject({ view: 'articles' });
    expect(offerCopy({ kind: 'expert', reasons: searches }, all)).toMatchObject({ view: 'expert' });
  });

  it('an articles offer leads with the matching article, the query still in the headline, a person below it', () => {
    const article = { title: 'Returns and refunds', url: 'https://shop.example/help/returns' };
    const copy = offerCopy({ kind: 'articles', reasons: searches, article }, help({ articles: true, chat: true }))!;
    expect(copy.headline).toBe("Can't find “laser stand”?");
    expect(copy.article).toEqual(article);
    expect(copy).toMatchObject({ action: 'Message us', view: 'chat', channel: 'panel' });
    expect(offerCopy({ kind: 'articles', reasons: searches, article }, help({ articles: true, experts: true }))).toMatchObject({ action: 'Contact our team', view: 'expert' });
    expect(offerCopy({ kind: 'articles', reasons: searches, article }, help({ articles: true }))).toMatchObject({ action: 'More help articles', view: 'articles' });
  });

  it('an expert offer names the team and the channels it has now', () => {
    const all = help({ articles: true, chat: true, experts: true });
    const team = { name: 'Billing team', channels: ['chat' as const, 'callback' as const, 'email' as const] };
    expect(offerCopy({ kind: 'expert', reasons: searches, team }, all)).toMatchObject({
      body: 'Our billing team can help with this now by chat, a callback or email.',
      view: 'expert',
    });
    const person = { name: 'Sam, our tool specialist', channels: ['booking' as const] };
    expect(offerCopy({ kind: 'expert', reasons: searches, team: person }, all)!.body).toBe('Sam, our tool specialist can help with this now by booking a call.');
  });

  it('fits the body to the trouble: finding something, a broken control, a form', () => {
    const has = help({ chat: true, articles: true });
    expect(offerCopy({ kind: 'nudge', reasons: searches }, has)!.body).toMatch(/find it/);
    const broken = offerCopy({ kind: 'nudge', reasons: rage }, has)!;
    expect(broken.headline).toBe('Is “Apply coupon” not working?');
    expect(broken.body).not.toMatch(/find it/);
    expect(broken.body).toMatch(/went wrong/);
    expect(offerCopy({ kind: 'nudge', reasons: [signal('form-error', { field: 'Postcode' })] }, has)!.body).not.toMatch(/find it/);
  });

  it('never tells the visitor what the site owner has not set up', () => {
    const combos = [help({ articles: true }), help({ chat: true }), help({ experts: true }), help({ articles: true, chat: true, experts: true })];
    for (const has of combos) {
      for (const reasons of [searches, rage]) {
        const copy = offerCopy({ kind: 'nudge', reasons }, has)!;
        expect(`${copy.headline} ${copy.body} ${copy.action}`).not.toMatch(/set up|config|not available/i);
      }
    }
  });
});
