// Working hours as people write them (`9-20`, `пн-пт 09:00-18:00; сб 10:00-14:00`,
// `mon-fri 09:00-18:00`, `24/7`) → a week, back to a short localized line, and
// whether it is open at an instant on the wall clock of the hotline's time zone.
import { msg } from '@lit/localize';
import { formatInTimeZone } from '../../i18n/format.js';
import { getLocale } from '../../i18n/localization.js';

/** Monday first: each day's ranges as [start, length] in minutes; a range may run past midnight. */
export type Week = Array<Array<[start: number, length: number]>>;

export interface HotlineStatus {
  open: boolean;
  /** Minutes from this week's Monday 00:00 (beyond a week for next week) when it closes or opens; none if it never does. */
  change?: number;
  /** Days from today to the day of `change`: 0 today, 1 tomorrow. */
  inDays?: number;
  /** Epoch milliseconds of `change`, daylight-saving shifts included: when to look again. */
  changeAt?: number;
}

export const KYIV = 'Europe/Kyiv';
const WEEK = 7 * 1440;
// Two letters name a day: пн…нд, and mon…sun or OpenStreetMap's Mo…Su.
const DAYS = 'пн вт ср чт пт сб нд mo tu we th fr sa su'.split(' ');
const day = (name: string) => (name.length < 4 ? DAYS.indexOf(name.slice(0, 2)) % 7 : -1);

/** The week `input` describes, or undefined if it is not one of the notations above. */
export function parseHours(input: string): Week | undefined {
  const week: Week = [[], [], [], [], [], [], []];
  // Spaces never matter ("пн - пт 9:00 – 18:00"); new lines separate like ";".
  const segments = input.toLowerCase().replace(/[^\S\n]/g, '').replace(/[–—]/g, '-').split(/[;\n]/).filter(Boolean);
  if (!segments.length) return;
  for (const segment of segments) {
    const match = /^(\D*?):?(\d.*|цілодобово|вихідний|closed)$/.exec(segment);
    if (!match) return;
    const days: number[] = [];
    for (const item of /^(щодня|daily)?$/.test(match[1]) ? ['пн-нд'] : match[1].split(',')) {
      const [from, to = from] = item.split('-').map(day);
      if (from < 0 || to < 0) return;
      // "пт-пн" wraps over the weekend.
      for (let d = from; days.push(d), d != to; d = (d + 1) % 7);
    }
    const spec = match[2];
    const ranges: Week[number] = [];
    if (/^(24\/7|цілодобово)$/.test(spec)) ranges.push([0, 1440]);
    else if (spec != 'вихідний' && spec != 'closed') {
      for (const range of spec.split(',')) {
        const time = /^(\d\d?)(?:[:.]([0-5]\d))?-(\d\d?)(?:[:.]([0-5]\d))?$/.exec(range);
        if (!time) return;
        const start = +time[1] * 60 + +(time[2] ?? 0);
        const end = +time[3] * 60 + +(time[4] ?? 0);
        if (start >= 1440 || end > 1440 || start == end) return;
        ranges.push([start, (end - start + 1440) % 1440 || 1440]);
      }
    }
    // A later segment overrides an earlier one for its days ("щодня 9-20; нд вихідний").
    for (const d of days) week[d] = ranges;
  }
  return week;
}

/** `540` → `09:00`; `1440` → `24:00`. */
export const clockTime = (mins: number) => `${pad(mins / 60)}:${pad(mins % 60)}`;
const pad = (n: number) => String(Math.floor(n)).padStart(2, '0');

/** "понеділок" / "Monday" (long), "пн" / "Mon" (short), Monday being 0; 1 January 2024 was a Monday. */
const weekday = (d: number, style: 'long' | 'short') =>
  formatInTimeZone(new Date(Date.UTC(2024, 0, 1 + (Math.floor(d) % 7), 12)), 'UTC', { weekday: style });

/** "в понеділок" / "on Monday": the weekday as it follows "відкриється" ("opens"). */
export function weekdayOn(d: number): string {
  const name = weekday(d, 'long');
  // Ukrainian wants a preposition and the accusative: "у вівторок", "в середу".
  return getLocale() == 'uk' ? (name[0] == 'в' ? 'у ' : 'в ') + name.replace(/а$/, 'у').replace(/я$/, 'ю') : 'on ' + name;
}

/** "щодня 09:00–20:00", "пн–пт 09:00–18:00, сб 10:00–14:00" in the current locale. */
export function describeHours(week: Week): string {
  const text = week.map((ranges) => ranges.map(([s, n]) => `${clockTime(s)}–${clockTime((s + n) % 1440 || 1440)}`).join(', '));
  if (text.every((t) => t == text[0])) return `${msg('щодня')} ${text[0]}`;
  const groups: string[] = [];
  for (let d = 0, last = 0; d < 7; d = ++last) {
    while (last < 6 && text[last + 1] == text[d]) last++;
    if (text[d]) groups.push(`${weekday(d, 'short')}${last > d ? `–${weekday(last, 'short')}` : ''} ${text[d]}`);
  }
  return groups.join(', ');
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
  // Day, month, year, hour, minute: the order of both uk-UA and en-GB.
  const [d, m, y, h, min] = formatInTimeZone(new Date(instant), zone, WALL).match(/\d+/g)!.map(Number);
  const wall = Date.UTC(y, m - 1, d, h % 24, min);
  return [((new Date(wall).getUTCDay() + 6) % 7) * 1440 + (h % 24) * 60 + min, wall - instant + (instant % 60000)];
}
const WALL: Intl.DateTimeFormatOptions = { hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' };

const isOpen = (week: Week, minute: number) => week.some((ranges, d) => ranges.some(([s, n]) => (minute - d * 1440 - s + WEEK) % WEEK < n));

/** The status at `now` (epoch ms) of a hotline keeping `week` in `zone` (one resolveTimeZone() gave). */
export function hotlineStatus(week: Week, now: number, zone: string): HotlineStatus {
  const [minute, offset] = wallClock(now, zone);
  const open = isOpen(week, minute);
  let ahead = 1;
  while (ahead <= WEEK && isOpen(week, (minute + ahead) % WEEK) == open) ahead++;
  // Open around the clock (or never): nothing ever changes.
  if (ahead > WEEK) return { open };
  // Wall-clock minutes ahead, then corrected by the offset change: a daylight-saving
  // switch in between makes the night one hour shorter or longer.
  const guess = now - (now % 60000) + ahead * 60000;
  let changeAt = guess - wallClock(guess, zone)[1] + offset;
  // A time the clocks skip (03:30 on the last Sunday of March) happens when they jump.
  if (changeAt <= now) changeAt = guess;
  const change = minute + ahead;
  return { open, change, inDays: Math.floor(change / 1440) - Math.floor(minute / 1440), changeAt };
}
