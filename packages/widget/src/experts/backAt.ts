import type { Say } from '../i18n/say.js';

const DAY = 86_400_000;

/** `YYYY-MM-DD` of `at` in the visitor's zone, to tell today and tomorrow apart. */
const dateIn = (at: number, timeZone: string | undefined) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/**
 * When a closed team is back, for the visitor: in their time zone and their locale's way of
 * writing times and days ("Back today at 09:00 your time.", "Back Monday 09:00 your time.", a date
 * beyond the coming week). `timeZone` defaults to the visitor's own; the locale is `say`'s.
 */
export function backAtText(say: Say, at: number, now = Date.now(), timeZone?: string): string {
  const locale = say.tag;
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(at);
  const day = dateIn(at, timeZone);
  if (day === dateIn(now, timeZone)) return say('backToday', { time });
  if (day === dateIn(now + DAY, timeZone)) return say('backTomorrow', { time });
  const far = at - now > 6 * DAY;
  return say('backOn', { time, day: new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', ...(far && { day: 'numeric', month: 'long' }) }).format(at) });
}
