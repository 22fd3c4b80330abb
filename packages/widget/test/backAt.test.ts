import { describe, expect, it } from 'vitest';
import { backAtText as backAtIn } from '../src/experts/backAt';
import { en } from '../src/i18n/en';
import de from '../src/i18n/locales/de';
import { makeSay } from '../src/i18n/say';

const backAtText = (at: number, now: number, locale: string, zone: string) => backAtIn(makeSay(locale.startsWith('de') ? de : en, locale, locale.slice(0, 2)), at, now, zone);

const at = (iso: string) => Date.parse(iso);

describe('"back at" for a visitor in another zone', () => {
  it('names the day and the time on the visitor’s clock', () => {
    // The team opens Mon 30 Nov 09:00 Berlin (08:00Z); the visitor in New York reads 03:00.
    expect(backAtText(at('2026-11-30T08:00:00Z'), at('2026-11-28T15:00:00Z'), 'en-US', 'America/New_York')).toBe('Back Monday 03:00 AM your time.');
    expect(backAtText(at('2026-11-30T08:00:00Z'), at('2026-11-28T15:00:00Z'), 'en-GB', 'Europe/London')).toBe('Back Monday 08:00 your time.');
    expect(backAtText(at('2026-11-30T08:00:00Z'), at('2026-11-28T15:00:00Z'), 'de-DE', 'Europe/Berlin')).toBe('Wieder da: Montag, 09:00 (Ihre Ortszeit).');
  });

  it('today and tomorrow by the visitor’s date, not the team’s', () => {
    // 23:00 in Tokyo on Sunday; the team opens 08:00Z Monday = 17:00 Monday in Tokyo.
    expect(backAtText(at('2026-11-30T08:00:00Z'), at('2026-11-29T14:00:00Z'), 'en-GB', 'Asia/Tokyo')).toBe('Back tomorrow at 17:00 your time.');
    expect(backAtText(at('2026-11-30T08:00:00Z'), at('2026-11-30T06:00:00Z'), 'en-GB', 'Europe/London')).toBe('Back today at 08:00 your time.');
  });

  it('a date beyond the coming week', () => {
    expect(backAtText(at('2026-12-28T08:00:00Z'), at('2026-12-18T16:00:00Z'), 'en-GB', 'Europe/London')).toBe('Back Monday 28 December 08:00 your time.');
  });
});
