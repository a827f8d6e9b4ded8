// Dates, times, numbers and plural rules through Intl in the current locale, with
// the formatters cached because building one costs more than formatting.
import { intlLocale } from './localization.js';

const cache = new Map<string, unknown>();

/** The current locale's `Kind` (Intl.DateTimeFormat, NumberFormat, RelativeTimeFormat, PluralRules) for `options`, built once. */
export function intl<T>(Kind: new (locale: string, options: object) => T, options: object = {}): T {
  const key = Kind.name + intlLocale() + JSON.stringify(options);
  if (!cache.has(key)) cache.set(key, new Kind(intlLocale(), options));
  return cache.get(key) as T;
}

/** "1 травня 2024 р." / "1 May 2024" by default; with `timeZone` in the options, on that zone's calendar ("понеділок"). */
export const formatDate = (date: Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string =>
  intl(Intl.DateTimeFormat, options).format(date);

export const formatNumber = (value: number, options: Intl.NumberFormatOptions = {}): string => intl(Intl.NumberFormat, options).format(value);

const RELATIVE_STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
];

/**
 * "2 години тому" / "2 hours ago" for moments within the last week, otherwise
 * undefined so the caller shows the calendar date instead.
 */
export function formatRecent(date: Date, now: Date = new Date()): string | undefined {
  let amount = (date.getTime() - now.getTime()) / 1000;
  if (amount > 60 || amount < -7 * 24 * 3600) return undefined;
  for (const [unit, size] of RELATIVE_STEPS) {
    // Days by the reader's calendar (the part of today gone by added): 10:00 yesterday is "учора" at 23:00 too, 37 hours later.
    if (unit == 'day') amount = Math.floor(amount + (now.getHours() + now.getMinutes() / 60) / 24);
    if (Math.abs(amount) < size) return formatRelative(Math.round(amount), unit);
    amount /= size;
  }
  return undefined;
}

/** "завтра", "наступного тижня", "2 години тому": Intl's words for an amount of `unit` from now. */
export const formatRelative = (amount: number, unit: Intl.RelativeTimeFormatUnit): string =>
  intl(Intl.RelativeTimeFormat, { numeric: 'auto' }).format(amount, unit);
