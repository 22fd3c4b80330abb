const DAY = 86_400_000;

/** `YYYY-MM-DD` of `at` in the visitor's zone, to tell today and tomorrow apart. */
const dateIn = (at: number, timeZone: string | undefined) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/**
 * When a closed team is back, for the visitor: in their time zone and their locale's way of
 * writing times and days ("Back today at 09:00 your time", "Back Monday 09:00 your time", a date
 * beyond the coming week). `timeZone` and `locale` default to the visitor's own.
 */
export function backAtText(at: number, now = Date.now(), locale?: string, timeZone?: string): string {
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(at);
  const day = dateIn(at, timeZone);
  let when: string;
  if (day === dateIn(now, timeZone)) when = 'today at';
  else if (day === dateIn(now + DAY, timeZone)) when = 'tomorrow at';
  else {
    const far = at - now > 6 * DAY;
    when = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', ...(far && { day: 'numeric', month: 'long' }) }).format(at);
  }
  return `Back ${when} ${time} your time`;
}
