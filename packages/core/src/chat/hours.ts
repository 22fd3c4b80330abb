const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DAY = '(mon|tue|wed|thu|fri|sat|sun)[a-z]*';
const RULE = new RegExp(`(daily|every ?day|${DAY}(?:\\s*-\\s*${DAY})?)\\s+(\\d{1,2}):(\\d\\d)\\s*-\\s*(\\d{1,2}):(\\d\\d)`, 'gi');
const MINUTE = 60_000;

/** One range of opening hours: the weekdays it covers, its start and end (minutes of the day). */
interface Range {
  onDay(day: number): boolean;
  start: number;
  end: number;
}

/** Wall-clock time in a zone: weekday (0 = Sunday), minute of the day, and the date as `YYYY-MM-DD`. */
type Local = [weekday: number, minute: number, date: string];

// Formatters are costly to make and `nextOpening` asks many times: one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** `now` as wall-clock time in `timeZone`; undefined for an unknown zone. */
function localTime(now: number, timeZone: string): Local | undefined {
  let parts: Intl.DateTimeFormatPart[];
  try {
    let format = formatters.get(timeZone);
    if (!format) {
      const options = { timeZone, weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' } as const;
      formatters.set(timeZone, (format = new Intl.DateTimeFormat('en-US', options)));
    }
    parts = format.formatToParts(now);
  } catch {
    return undefined;
  }
  const part = (type: string) => parts.find((p) => p.type === type)?.value || '0';
  const minute = (Number(part('hour')) % 24) * 60 + Number(part('minute'));
  return [DAYS.indexOf(part('weekday').slice(0, 3).toLowerCase()), minute, `${part('year')}-${part('month')}-${part('day')}`];
}

function rangesOf(hours: string): Range[] {
  return [...hours.matchAll(RULE)].map(([, days, first, last, h1, m1, h2, m2]) => {
    const from = first ? DAYS.indexOf(first.toLowerCase()) : 0;
    const to = last ? DAYS.indexOf(last.toLowerCase()) : first ? from : 6;
    const every = /^(daily|every)/i.test(days!);
    return {
      onDay: (day: number) => every || (from <= to ? day >= from && day <= to : day >= from || day <= to),
      start: Number(h1) * 60 + Number(m1),
      end: Number(h2) * 60 + Number(m2),
    };
  });
}

function openAt(ranges: Range[], [weekday, minute]: Local): boolean {
  return ranges.some(({ onDay, start, end }) => {
    if (end > start) return onDay(weekday) && minute >= start && minute < end;
    // Past midnight: the evening part belongs to the listed day, the early part to the day after.
    return (onDay(weekday) && minute >= start) || (onDay((weekday + 6) % 7) && minute < end);
  });
}

/**
 * Whether `now` falls inside opening hours such as `Mon-Fri 09:00-17:00, Sat 10:00-14:00` (also
 * `Daily 08:00-20:00`; a range ending before it starts runs past midnight), outside `holidays`
 * (`YYYY-MM-DD` in the same zone, closed all day). No hours means always open; hours or a time
 * zone it cannot read mean closed: the visitor can still leave a message.
 * Shared by the offer policy, the chat view and the expert teams.
 */
export function withinHours(hours: string | undefined, timeZone = 'UTC', now = Date.now(), holidays: readonly string[] = []): boolean {
  const time = localTime(now, timeZone);
  if (!hours?.trim()) return !time || !holidays.includes(time[2]);
  return !!time && !holidays.includes(time[2]) && openAt(rangesOf(hours), time);
}

/**
 * The next instant at or after `now` when the hours are open (holidays skipped), to the minute;
 * undefined when it cannot tell (no readable hours or zone) or nothing opens within 4 weeks.
 * Steps from one wall-clock opening to the next in the team's zone, so a change to or from
 * daylight saving time in between moves the answer with the clock, as it moves the team.
 */
export function nextOpening(hours: string | undefined, timeZone = 'UTC', now = Date.now(), holidays: readonly string[] = []): number | undefined {
  const ranges = rangesOf(hours || '');
  const open = (local: Local) => !holidays.includes(local[2]) && (!hours?.trim() || openAt(ranges, local));
  let at = Math.ceil(now / MINUTE) * MINUTE;
  for (let step = 0; step < 60 && at - now < 28 * 1440 * MINUTE; step++) {
    const local = localTime(at, timeZone);
    if (!local || (!ranges.length && hours?.trim())) return undefined;
    if (open(local)) return at;
    const [weekday, minute] = local;
    // The nearest start of a range after this wall-clock minute (or the next midnight, past a holiday).
    let wait = holidays.includes(local[2]) || !ranges.length ? 1440 - minute : Infinity;
    for (let day = 0; day < 8 && wait === Infinity; day++)
      for (const { onDay, start } of ranges) if (onDay((weekday + day) % 7) && day * 1440 + start > minute) wait = Math.min(wait, day * 1440 + start - minute);
    const target = (minute + wait) % 1440;
    let next = at + wait * MINUTE;
    // Across a clock change the wall clock moved by an hour more or less than real time: catch up.
    const landed = localTime(next, timeZone)![1];
    const drift = ((target - landed + 2160) % 1440) - 720;
    if (drift && localTime(next + drift * MINUTE, timeZone)![1] === target) next += drift * MINUTE;
    at = next > at ? next : at + MINUTE;
  }
  return undefined;
}
