const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DAY = '(mon|tue|wed|thu|fri|sat|sun)[a-z]*';
const RULE = new RegExp(`(daily|every ?day|${DAY}(?:\\s*-\\s*${DAY})?)\\s+(\\d{1,2}):(\\d\\d)\\s*-\\s*(\\d{1,2}):(\\d\\d)`, 'gi');

/** Weekday (0 = Sunday) and minute of the day of `now` in `timeZone`; undefined for an unknown zone. */
function localTime(now: number, timeZone: string): [number, number] | undefined {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).formatToParts(now);
  } catch {
    return undefined;
  }
  const part = (type: string) => parts.find((p) => p.type === type)?.value || '0';
  return [DAYS.indexOf(part('weekday').slice(0, 3).toLowerCase()), (Number(part('hour')) % 24) * 60 + Number(part('minute'))];
}

/**
 * Whether `now` falls inside opening hours such as `Mon-Fri 09:00-17:00, Sat 10:00-14:00` (also
 * `Daily 08:00-20:00`; a range ending before it starts runs past midnight). No hours means always
 * open; hours or a time zone it cannot read mean closed: the visitor can still leave a message.
 * Shared by the offer policy and the chat view.
 */
export function withinHours(hours: string | undefined, timeZone = 'UTC', now = Date.now()): boolean {
  if (!hours?.trim()) return true;
  const rules = [...hours.matchAll(RULE)];
  const time = localTime(now, timeZone);
  if (!time) return false;
  const [weekday, minute] = time;
  return rules.some(([, days, first, last, h1, m1, h2, m2]) => {
    const start = Number(h1) * 60 + Number(m1);
    const end = Number(h2) * 60 + Number(m2);
    const from = first ? DAYS.indexOf(first.toLowerCase()) : 0;
    const to = last ? DAYS.indexOf(last.toLowerCase()) : first ? from : 6;
    const onDay = (day: number) => (from <= to ? day >= from && day <= to : day >= from || day <= to) || /^(daily|every)/i.test(days);
    if (end > start) return onDay(weekday) && minute >= start && minute < end;
    // Past midnight: the evening part belongs to the listed day, the early part to the day after.
    return (onDay(weekday) && minute >= start) || (onDay((weekday + 6) % 7) && minute < end);
  });
}
