import { describe, expect, it } from 'vitest';
import { nextOpening, withinHours } from '../src/chat/hours';
import type { ExpertConfig } from '../src/config/configTypes';
import { teamChannels, teamNextOpening, teamOpen, teamsFor } from '../src/help/teams';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
const team = (extra: Partial<ExpertConfig>): ExpertConfig => ({ name: 'Billing', topics: ['billing'], channels: ['chat', 'callback', 'email'], timeZone: 'Europe/Berlin', holidays: [], beforeChat: false, hours: 'Mon-Fri 09:00-17:00', ...extra });
const relay = { chat: { provider: 'relay' as const, url: 'ws://relay.test', timeZone: 'UTC' } };

describe('opening hours with holidays', () => {
  it('a holiday is closed all day in the team’s own zone', () => {
    const billing = team({ holidays: ['2026-12-25'] });
    expect(teamOpen(billing, at('2026-12-24T10:00:00Z'))).toBe(true); // Thu 11:00 Berlin
    expect(teamOpen(billing, at('2026-12-25T10:00:00Z'))).toBe(false); // Fri 11:00 Berlin, a holiday
    // 23:30 UTC on the 24th is already the 25th in Berlin; in Los Angeles it is still the 24th.
    expect(withinHours('Daily 00:00-23:59', 'Europe/Berlin', at('2026-12-24T23:30:00Z'), ['2026-12-25'])).toBe(false);
    expect(withinHours('Daily 00:00-23:59', 'America/Los_Angeles', at('2026-12-25T07:30:00Z'), ['2026-12-25'])).toBe(true);
  });

  it('the next opening skips the holiday and the weekend', () => {
    const billing = team({ holidays: ['2026-12-25'] });
    // Thu 24 Dec 17:30 Berlin → Mon 28 Dec 09:00 CET.
    expect(iso(teamNextOpening(billing, at('2026-12-24T16:30:00Z')))).toBe('2026-12-28T08:00:00.000Z');
    // Open now: now (to the minute).
    expect(iso(teamNextOpening(billing, at('2026-12-24T10:00:00Z')))).toBe('2026-12-24T10:00:00.000Z');
  });

  it('follows the team’s clock across a change of daylight saving time', () => {
    // Fri 23 Oct 2026 18:00 CEST; summer time ends on Sunday 25th: Monday 09:00 is CET (UTC+1).
    expect(iso(nextOpening('Mon-Fri 09:00-17:00', 'Europe/Berlin', at('2026-10-23T16:00:00Z')))).toBe('2026-10-26T08:00:00.000Z');
    // And the spring change: Fri 27 Mar 2026 18:00 CET → Mon 30 Mar 09:00 CEST (UTC+2).
    expect(iso(nextOpening('Mon-Fri 09:00-17:00', 'Europe/Berlin', at('2026-03-27T17:00:00Z')))).toBe('2026-03-30T07:00:00.000Z');
    // New York changes a week later than Berlin: same week, other rules.
    expect(iso(nextOpening('Sat 10:00-14:00', 'America/New_York', at('2026-10-31T19:00:00Z')))).toBe('2026-11-07T15:00:00.000Z');
  });

  it('a later range on the same day and a range past midnight', () => {
    expect(iso(nextOpening('Mon 09:00-12:00, Mon 14:00-18:00', 'UTC', at('2026-11-23T12:30:00Z')))).toBe('2026-11-23T14:00:00.000Z');
    expect(iso(nextOpening('Fri 22:00-02:00', 'UTC', at('2026-11-27T21:00:00Z')))).toBe('2026-11-27T22:00:00.000Z');
  });

  it('cannot tell for unreadable hours or zones, or a team that never opens', () => {
    expect(nextOpening('whenever', 'UTC', at('2026-11-23T12:30:00Z'))).toBeUndefined();
    expect(nextOpening('Mon 09:00-17:00', 'Not/AZone', at('2026-11-23T12:30:00Z'))).toBeUndefined();
    expect(nextOpening('Daily 09:00-17:00', 'UTC', at('2026-11-23T12:30:00Z'), Array.from({ length: 40 }, (_, i) => new Date(at('2026-11-23T00:00:00Z') + i * 864e5).toISOString().slice(0, 10)))).toBeUndefined();
  });
});

describe('reaching a team', () => {
  it('a closed team is offered only asynchronously', () => {
    const billing = team({ channels: ['chat', 'callback', 'email', 'booking'], bookingUrl: 'https://book.test/' });
    const saturday = at('2026-11-28T10:00:00Z');
    expect(teamChannels(billing, relay, teamOpen(billing, saturday))).toEqual(['callback', 'email', 'booking']);
    expect(teamChannels(billing, relay, teamOpen(billing, at('2026-11-27T10:00:00Z')))).toEqual(['chat', 'callback', 'email', 'booking']);
  });

  it('nobody online for the team means not live, even inside its hours', () => {
    const billing = team({});
    const friday = at('2026-11-27T10:00:00Z');
    expect(teamOpen(billing, friday, { online: false })).toBe(false);
    expect(teamOpen(billing, friday, { online: true, teams: ['Shipping'] })).toBe(false);
    expect(teamOpen(billing, friday, { online: true, teams: ['Billing'] })).toBe(true);
    expect(teamOpen(billing, friday, { online: true })).toBe(true);
  });

  it('requests need somewhere to go; an email address alone is a link', () => {
    const none = { chat: { provider: 'none' as const, timeZone: 'UTC' } };
    expect(teamChannels(team({}), none, true)).toEqual([]);
    expect(teamChannels(team({ email: 'billing@shop.test' }), none, true)).toEqual(['email']);
    expect(teamChannels(team({ requestUrl: 'https://shop.test/requests' }), none, true)).toEqual(['callback', 'email']);
  });

  it('teams for a topic come first, each once, `topic` and `topics` alike', () => {
    const experts = [team({ name: 'Care', topics: ['account'] }), team({ name: 'Billing', topics: undefined, topic: 'billing' }), team({ name: 'Care', topics: ['account'] })];
    expect(teamsFor({ experts }, 'billing').map((t) => t.name)).toEqual(['Billing', 'Care']);
  });
});
