// Dates, times and numbers through Intl in the current locale, with the
// formatters cached because building one costs more than formatting.
import { intlLocale } from './localization.js';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  kind: string,
  options: object,
  create: (locale: string) => T,
): T {
  const locale = intlLocale();
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = create(locale);
    cache.set(key, formatter);
  }
  return formatter;
}

/** "1 травня 2024 р." / "1 May 2024" by default. */
export function formatDate(date: Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  return cached('date', options, (locale) => new Intl.DateTimeFormat(locale, options)).format(date);
}

/** A date-time in a given time zone: "09:00", "понеділок". */
export function formatInTimeZone(date: Date, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  const withZone = { ...options, timeZone };
  return cached('date', withZone, (locale) => new Intl.DateTimeFormat(locale, withZone)).format(date);
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached('number', options, (locale) => new Intl.NumberFormat(locale, options)).format(value);
}

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
  const formatter = cached('relative', { numeric: 'auto' }, (locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  for (const [unit, size] of RELATIVE_STEPS) {
    // Days by the reader's calendar (the part of today gone by added): 10:00 yesterday is "учора" at 23:00 too, 37 hours later.
    if (unit == 'day') amount = Math.floor(amount + (now.getHours() + now.getMinutes() / 60) / 24);
    if (Math.abs(amount) < size) return formatter.format(Math.round(amount), unit);
    amount /= size;
  }
  return undefined;
}
