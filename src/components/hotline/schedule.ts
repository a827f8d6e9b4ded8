// Working hours as people write them (`9-20`, `пн-пт 09:00-18:00; сб 10:00-14:00`,
// `mon-fri 09:00-18:00`, `24/7`) → their parts, back to a short localized line, and
// whether it is open at an instant on the wall clock of the hotline's time zone.
import { msg, str } from '@lit/localize';
import { formatDate, formatRelative } from '../../i18n/format.js';
import { getLocale } from '../../i18n/localization.js';
import type { Hours } from './hours.js';

export { parseHours, type Hours } from './hours.js';

export interface HotlineStatus {
  open: boolean;
  /** "Працює зараз · до 20:00", "Зачинено · відкриється в понеділок о 09:00", "Працює цілодобово". */
  text: string;
  /**
   * Epoch milliseconds of the next opening or closing, daylight-saving shifts included, or of the midnight
   * before it when the text names its day: when to look again; none if it never changes.
   */
  changeAt?: number;
}

export const KYIV = 'Europe/Kyiv';
const WEEK = 7 * 1440;

/** `540` → `09:00`; `1440` → `24:00`. */
const clockTime = (mins: number) => `${pad(mins / 60)}:${pad(mins % 60)}`;
const pad = (n: number) => String(Math.floor(n)).padStart(2, '0');

/** "понеділок" / "Monday" (long), "пн" / "Mon" (short), Monday being 0; 1 January 2024 was a Monday. */
const weekday = (d: number, style: 'long' | 'short') =>
  formatDate(new Date(Date.UTC(2024, 0, 1 + (Math.floor(d) % 7), 12)), { weekday: style, timeZone: 'UTC' });

/** "щодня 09:00–20:00", "пн–пт 09:00–13:00, 14:00–18:00, сб 10:00–14:00" in the current locale. */
export function describeHours(hours: Hours): string {
  let last = '';
  return hours
    .map(([from, to, start, end]) => {
      const days = (to - from + 7) % 7 == 6 ? msg('щодня') : weekday(from, 'short') + (to == from ? '' : '–' + weekday(to, 'short'));
      // The days once for the times that follow them.
      return `${days == last ? '' : (last = days) + ' '}${clockTime(start)}–${clockTime(end)}`;
    })
    .join(', ');
}

/**
 * The zone as this runtime knows it: `zone`, else `Europe/Kyiv`, else `Europe/Kiev`
 * on runtimes whose time-zone data predates the rename (2022).
 */
export const resolveTimeZone = (zone: string) =>
  [zone, KYIV, 'Europe/Kiev'].find((name) => {
    try {
      return new Intl.DateTimeFormat('en', { timeZone: name });
    } catch {
      return false; // RangeError: this runtime does not know the zone.
    }
  });

/** Minutes since Monday 00:00 on the zone's wall clock, and the zone's UTC offset then, in ms. */
function wallClock(instant: number, zone: string): [number, number] {
  // Day, month, year, hour, minute: en-GB's order, whatever the page's language.
  const [d, m, y, h, min] = new Intl.DateTimeFormat('en-GB', { timeZone: zone, dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' })
    .format(instant)
    .match(/\d+/g)!
    .map(Number);
  const wall = Date.UTC(y, m - 1, d, h % 24, min);
  return [((new Date(wall).getUTCDay() + 6) % 7) * 1440 + (h % 24) * 60 + min, wall - instant + (instant % 60000)];
}

/** The status at `now` (epoch ms) of a hotline keeping `hours` in `zone` (one resolveTimeZone() gave). */
export function hotlineStatus(hours: Hours, now: number, zone: string): HotlineStatus {
  // Each minute of the week, open or not; the parts add up.
  const week = new Uint8Array(WEEK);
  for (const [from, to, start, end] of hours)
    for (let d = from, m = 0; ; d = (d + 1) % 7, m = 0) {
      while (m < ((end - start + 1440) % 1440 || 1440)) week[(d * 1440 + start + m++) % WEEK] = 1;
      if (d == to) break;
    }
  const [minute, offset] = wallClock(now, zone);
  const open = !!week[minute];
  let ahead = 1;
  while (ahead <= WEEK && !!week[(minute + ahead) % WEEK] == open) ahead++;
  // Open around the clock (hours always open somewhere in the week): nothing ever changes.
  if (ahead > WEEK) return { open, text: msg('Працює цілодобово') };
  // The instant `minutes` on the wall clock after this minute: corrected by the offset change,
  // as a daylight-saving switch in between makes the night one hour shorter or longer.
  const at = (minutes: number) => {
    const guess = now - (now % 60000) + minutes * 60000;
    const after = wallClock(guess, zone)[1];
    let instant = guess - after + offset;
    // A time the clocks skip (03:30 on the last Sunday of March) comes when they jump.
    while (instant < guess && wallClock(instant, zone)[1] != after) instant += 60000;
    return instant;
  };
  let changeAt = at(ahead);
  // Minutes from this week's Monday 00:00, beyond a week for next week.
  const change = minute + ahead;
  // Open for a day or more (weekdays around the clock): "до 24:00" would read as tonight, so
  // the closing is worded as an opening is, with its day.
  const far = open && ahead > 1440;
  // The clock's time then: 04:00 for a skipped 03:30, the moment the clocks jump.
  const time = clockTime(wallClock(changeAt, zone)[0] % 1440 || (open && !far ? 1440 : 0));
  const inDays = Math.floor(change / 1440) - Math.floor(minute / 1440);
  // A day named ("завтра", "в понеділок") is a day nearer at midnight: look again then too.
  if (inDays) changeAt = Math.min(changeAt, at(1440 - (minute % 1440)));
  const name = weekday(change / 1440, 'long');
  // "відкриється [завтра |в понеділок |наступного тижня в середу ]о 09:00": one phrase, the day before it when not today.
  // Ukrainian wants a preposition and the accusative: "у вівторок", "в середу". The same weekday a week
  // on (said on a Wednesday after closing) names the week: "в середу" alone would read as today.
    const day = inDays
    ? `${inDays == 1
        ? formatRelative(1, 'day')
        : (inDays > 6 ? formatRelative(1, 'week') + ' ' : '') +
          (getLocale() == 'uk' ? (name[0] == 'в' ? 'у ' : 'в ') + name.replace(/а$/, 'у').replace(/я$/, 'ю') : 'on ' + name)} `
    : '';
  return {
    open,
    changeAt,
    text: far ? msg(str`Працює зараз · зачиниться ${day}о ${time}`) : open ? msg(str`Працює зараз · до ${time}`) : msg(str`Зачинено · відкриється ${day}о ${time}`),
  };
}
