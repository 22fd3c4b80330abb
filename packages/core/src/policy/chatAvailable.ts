import type { ResolvedConfig } from '../config/configTypes.js';

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * Whether `now` falls inside opening hours such as "Mon-Fri 09:00-17:00" (several ranges may be
 * separated by commas: "Mon-Fri 09:00-17:00, Sat 10:00-14:00") in the IANA `timeZone`. No hours
 * means always open; unreadable hours count as closed (and say so in the console once).
 */
export function withinHours(hours: string | undefined, timeZone: string, now: number): boolean {
  if (!hours) return true;
  let parts: Record<string, string>;
  try {
    parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        .formatToParts(now)
        .map((part) => [part.type, part.value]),
    );
  } catch {
    return false;
  }
  const day = DAYS.indexOf(parts.weekday.toLowerCase().slice(0, 3));
  const minutes = +parts.hour * 60 + +parts.minute;
  return hours.split(',').some((range) => {
    const match = /^\s*(\w{3})(?:\s*-\s*(\w{3}))?\s+(\d\d):(\d\d)\s*-\s*(\d\d):(\d\d)\s*$/.exec(range);
    if (!match) return false;
    const [from, to] = [DAYS.indexOf(match[1].toLowerCase()), DAYS.indexOf((match[2] || match[1]).toLowerCase())];
    const inDays = from <= to ? day >= from && day <= to : day >= from || day <= to;
    return inDays && minutes >= +match[3] * 60 + +match[4] && minutes < +match[5] * 60 + +match[6];
  });
}

/**
 * Whether live chat can be offered now: inside `chat.hours`, and for the relay, an agent online
 * (its `GET /presence`). Asked only once need is high, so nothing leaves the page before need.
 */
export async function chatAvailable(config: ResolvedConfig, now: number): Promise<boolean> {
  const { chat } = config;
  if (!withinHours(chat.hours, chat.timeZone, now)) return false;
  if (chat.provider !== 'relay' || !chat.url) return chat.provider !== 'none';
  try {
    const response = await fetch(chat.url.replace(/^ws/, 'http').replace(/\/$/, '') + '/presence');
    return !!(await response.json()).online;
  } catch {
    return false;
  }
}
