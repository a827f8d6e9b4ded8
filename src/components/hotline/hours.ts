// Working hours as people write them (`9-20`, `пн-пт 09:00-18:00; сб 10:00-14:00`,
// `mon-fri 09:00-18:00`, `24/7`) → a weekly schedule, and back to a short localized line.
import { msg } from '@lit/localize';
import { formatInTimeZone } from '../../i18n/format.js';

/** Minutes since midnight: start, and end (up to 1440; an end before the start runs past midnight). */
export type Range = [start: number, end: number];

export interface Schedule {
  /** Monday first: each day's ranges as written. */
  days: Range[][];
  /** Minutes since Monday 00:00, sorted and merged, overnight ranges carried into the next day. */
  week: Range[];
}

export const WEEK = 7 * 1440;

// Ukrainian, English and OpenStreetMap (`Mo-Fr`) abbreviations.
const DAY_NAMES = ['пн mon mo', 'вт tue tu', 'ср wed we', 'чт thu th', 'пт fri fr', 'сб sat sa', 'нд sun su'].map((names) => names.split(' '));
const EVERY_DAY = /^(щодня|daily)?$/;
const ALWAYS = /^(24\/7|цілодобово)$/;
const CLOSED = /^(вихідний|closed)$/;
const TIME = /^(\d{1,2})(?:[:.](\d{2}))?$/;

/** The schedule `input` describes, or undefined if it is not one of the notations above. */
export function parseHours(input: string): Schedule | undefined {
  const days: Range[][] = Array.from({ length: 7 }, () => []);
  const segments = input
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .split(/[;\n]/)
    .map((segment) => segment.trim())
    .filter(Boolean);
  if (segments.length === 0) return undefined;
  for (const segment of segments) {
    const match = /^(.*?)[\s:]*(24\/7|[^\d\s:][^\d]*|\d[\d\s:.,-]*)$/.exec(segment);
    if (!match) return undefined;
    let [, dayPart, spec] = match;
    // "пн-пт цілодобово": the lazy day part gave all words to spec.
    if (!dayPart && !/\d/.test(spec) && !ALWAYS.test(spec) && !CLOSED.test(spec)) {
      const split = /^(.*\S)\s+(\S+)$/.exec(spec);
      if (!split) return undefined;
      [, dayPart, spec] = split;
    }
    const which = parseDays(dayPart.trim());
    const ranges = parseRanges(spec.trim());
    if (!which || !ranges) return undefined;
    // A later segment overrides an earlier one for its days ("щодня 9-20; нд вихідний").
    for (const day of which) days[day] = ranges;
  }
  return { days, week: weekRanges(days) };
}

function dayIndex(name: string): number {
  return DAY_NAMES.findIndex((names) => names.includes(name));
}

function parseDays(text: string): number[] | undefined {
  if (EVERY_DAY.test(text)) return [0, 1, 2, 3, 4, 5, 6];
  const out: number[] = [];
  for (const item of text.split(/\s*,\s*/)) {
    const match = /^([^\s-]+)(?:\s*-\s*([^\s-]+))?$/.exec(item);
    if (!match) return undefined;
    const from = dayIndex(match[1]);
    const to = match[2] === undefined ? from : dayIndex(match[2]);
    if (from < 0 || to < 0) return undefined;
    // "пт-пн" wraps over the weekend.
    for (let day = from; ; day = (day + 1) % 7) {
      out.push(day);
      if (day === to) break;
    }
  }
  return out;
}

function parseRanges(spec: string): Range[] | undefined {
  if (ALWAYS.test(spec)) return [[0, 1440]];
  if (CLOSED.test(spec)) return [];
  const out: Range[] = [];
  for (const part of spec.split(/\s*,\s*/)) {
    const ends = part.split(/\s*-\s*/);
    const start = ends.length === 2 ? minutes(ends[0]) : undefined;
    const end = ends.length === 2 ? minutes(ends[1]) : undefined;
    if (start === undefined || end === undefined || start === end || start === 1440) return undefined;
    out.push([start, end === 0 ? 1440 : end]);
  }
  return out;
}

function minutes(time: string): number | undefined {
  const match = TIME.exec(time);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const mins = Number(match[2] ?? 0);
  if (hours > 24 || mins > 59 || (hours === 24 && mins > 0)) return undefined;
  return hours * 60 + mins;
}

function weekRanges(days: Range[][]): Range[] {
  const pieces: Range[] = [];
  days.forEach((ranges, day) => {
    for (const [start, end] of ranges) {
      const from = day * 1440 + start;
      const to = day * 1440 + (end > start ? end : end + 1440);
      // Sunday night runs into Monday morning.
      if (to > WEEK) pieces.push([from, WEEK], [0, to - WEEK]);
      else pieces.push([from, to]);
    }
  });
  pieces.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && piece[0] <= last[1]) last[1] = Math.max(last[1], piece[1]);
    else merged.push([...piece]);
  }
  return merged;
}

/** `540` → `09:00`. */
export function clockTime(mins: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(mins / 60) % 25)}:${pad(mins % 60)}`;
}

/** "щодня 09:00–20:00", "пн–пт 09:00–18:00, сб 10:00–14:00", "цілодобово" in the current locale. */
export function describeHours(schedule: Schedule): string {
  if (schedule.week.length === 1 && schedule.week[0][1] - schedule.week[0][0] === WEEK) return msg('цілодобово');
  const text = schedule.days.map((ranges) => ranges.map(([s, e]) => `${clockTime(s)}–${clockTime(e)}`).join(', '));
  if (text.every((day) => day === text[0])) return `${msg('щодня')} ${text[0]}`;
  const groups: string[] = [];
  for (let day = 0; day < 7; ) {
    let last = day;
    while (last < 6 && text[last + 1] === text[day]) last += 1;
    if (text[day]) groups.push(`${dayName(day)}${last > day ? `–${dayName(last)}` : ''} ${text[day]}`);
    day = last + 1;
  }
  return groups.join(', ');
}

/** "пн" / "Mon": Intl's short weekday; 1 January 2024 was a Monday. */
function dayName(day: number): string {
  return formatInTimeZone(new Date(Date.UTC(2024, 0, 1 + day, 12)), 'UTC', { weekday: 'short' });
}
