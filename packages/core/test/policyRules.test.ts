import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quietReason, recordArticle, recordDismissal, restoreMemory, type PolicyMemory } from '../src/policy/policyState';
import { policyRules } from '../src/policy/rules';

const NOW = Date.parse('2026-11-23T10:00:00Z');
const SESSION = 30 * 60_000;
const memory = (change: (m: PolicyMemory) => void = () => {}): PolicyMemory => {
  const m = restoreMemory(undefined, SESSION, NOW);
  change(m);
  return m;
};

describe('the rule table', () => {
  it('lists the rules in the README table order', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## The restraint policy and offers'));
    const documented = [...section.slice(0, section.indexOf('\n\n', section.indexOf('| rule |') + 1)).matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(policyRules.map((rule) => rule.name)).toEqual(documented);
  });
});

describe('quietReason: the one place that decides whether the policy keeps quiet', () => {
  it('"Only when I ask" or a repeat dismissal\'s quiet period: quiet', () => {
    expect(quietReason(memory(), { proactive: 'ask-only' }, NOW, SESSION)).toBe('quiet');
    expect(quietReason(undefined, { proactive: 'ask-only' }, NOW, SESSION)).toBe('quiet');
    expect(quietReason(memory((m) => (m.quietUntil = NOW + 1)), { proactive: 'on' }, NOW, SESSION)).toBe('quiet');
    expect(quietReason(memory((m) => (m.quietUntil = NOW)), { proactive: 'on' }, NOW, SESSION)).toBeUndefined();
  });

  it('a dismissal this session: cooldown, until the session has been idle for sessionMinutes', () => {
    const dismissed = memory((m) => (m.session.dismissed = true));
    expect(quietReason(dismissed, { proactive: 'on' }, NOW + SESSION - 1, SESSION)).toBe('cooldown');
    expect(quietReason(dismissed, { proactive: 'on' }, NOW + SESSION, SESSION)).toBeUndefined();
    expect(quietReason(restoreMemory(dismissed, SESSION, NOW + SESSION), { proactive: 'on' }, NOW + SESSION, SESSION)).toBeUndefined();
  });

  it('nothing remembered and the visitor left it on: not quiet', () => {
    expect(quietReason(undefined, { proactive: 'on' }, NOW, SESSION)).toBeUndefined();
  });
});

describe('recordDismissal', () => {
  it('"No thanks" quiets the session; a second one the device for quietDays', () => {
    const m = memory();
    recordDismissal(m, 'button', NOW, 30);
    expect(quietReason(m, { proactive: 'on' }, NOW, SESSION)).toBe('cooldown');
    recordDismissal(m, 'escape', NOW + 1, 30);
    expect(m.quietUntil).toBe(NOW + 1 + 30 * 864e5);
  });

  it('an ignored offer is a soft dismissal: two of them quiet the session, never the device', () => {
    const m = memory();
    recordDismissal(m, 'timeout', NOW, 30);
    expect(m.session.dismissed).toBe(false);
    recordDismissal(m, 'timeout', NOW, 30);
    expect(m.session.dismissed).toBe(true);
    expect(m.quietUntil).toBe(0);
  });
});

describe('recordArticle: articles opened from an offer', () => {
  it('marks this session as having tried one and keeps each URL once, across sessions', () => {
    const m = memory();
    recordArticle(m, '/help/returns');
    recordArticle(m, '/help/returns');
    expect(m.session.readArticle).toBe(true);
    expect(m.opened).toEqual(['/help/returns']);
    const nextSession = restoreMemory(m, SESSION, NOW + SESSION);
    expect(nextSession.session.readArticle).toBeUndefined();
    expect(nextSession.opened).toEqual(['/help/returns']);
  });

  it('memory saved before articles were remembered still reads, with none opened', () => {
    const old = { offers: [NOW], dismissals: [], quietUntil: 0, lastOfferAt: NOW, showingUntil: 0, session: { start: NOW, last: NOW, offers: 1, dismissed: false, ignored: 0 } };
    const m = restoreMemory(old as unknown as PolicyMemory, SESSION, NOW + 1000);
    expect(m.opened).toEqual([]);
    expect(m.session.offers).toBe(1);
    recordArticle(m, '/help/delivery');
    expect(m.opened).toEqual(['/help/delivery']);
  });
});
