// Field readers for adapters: each returns a clean value or undefined, and
// records a warning that names the field (`items[3].date_published: …`).

import { FeedError } from './feed-error.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Collects the problems found while adapting one feed. */
export class Problems {
  readonly warnings: string[] = [];

  add(path: string, message: string): void {
    this.warnings.push(`${path}: ${message}`);
  }
}

/** Longest text kept from any single field; the rest is cut, not processed. */
export const MAX_TEXT_LENGTH = 100_000;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
}

/** A string field; numbers are accepted as text. Missing → undefined silently; wrong type → warning. */
export function readText(value: unknown, path: string, problems: Problems): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') {
    problems.add(path, `${describe(value)} is not text`);
    return undefined;
  }
  if (value.length <= MAX_TEXT_LENGTH) return value;
  problems.add(path, `is ${value.length} characters long; cut to ${MAX_TEXT_LENGTH}`);
  return value.slice(0, MAX_TEXT_LENGTH);
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * An RFC 3339 / ISO 8601 date (JSON Feed, Atom, WordPress), checked for a real
 * calendar day: "2024-02-31" is refused, not rolled over to March.
 */
export function readIsoDate(value: unknown, path: string, problems: Problems): Date | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    problems.add(path, `${describe(value)} is not a date`);
    return undefined;
  }
  const match = RFC3339.exec(value.trim());
  if (!match) {
    problems.add(path, `${describe(value)} is not a date`);
    return undefined;
  }
  const [, y, m, d, hh = '00', mm = '00', ss = '00'] = match;
  const month = Number(m);
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 60) {
    problems.add(path, `${describe(value)} is not a date`);
    return undefined;
  }
  const date = new Date(value.trim().replace(' ', 'T'));
  if (Number.isNaN(date.getTime())) {
    problems.add(path, `${describe(value)} is not a date`);
    return undefined;
  }
  return date;
}

/** An array field; anything else → warning and an empty list. */
export function readArray(value: unknown, path: string, problems: Problems): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.add(path, `${describe(value)} is not a list`);
    return [];
  }
  return value;
}

/** A KATOTTG code: `UA` and 17 digits. */
export const KATOTTG = /^UA\d{17}$/;

export function readRegion(value: unknown, path: string, problems: Problems): string | undefined {
  const text = readText(value, path, problems);
  if (text === undefined) return undefined;
  const code = text.trim().toUpperCase();
  if (!KATOTTG.test(code)) {
    problems.add(path, `${describe(text)} is not a KATOTTG code (UA followed by 17 digits)`);
    return undefined;
  }
  return code;
}

/** Zone names seen in real RSS `pubDate`s, in minutes east of UTC (RFC 822 ones and the European ones publishers use anyway). */
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0, BST: 60, WEST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const RFC822 = /^(?:[a-z]+,?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,5})?$/i;

/**
 * An RSS date: RFC 822 (`Wed, 01 May 2024 10:00:00 +0300`, named zones like
 * GMT, EST, EEST, two-digit years), or the ISO 8601 that some publishers put there instead.
 */
export function readRfc822Date(value: string | undefined, path: string, problems: Problems): Date | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const match = RFC822.exec(text);
  if (!match) return readIsoDate(text, path, problems);
  const [, d, mon, y, hh, mm, ss = '0', zone = 'GMT'] = match;
  const month = MONTHS.indexOf(mon.toLowerCase());
  const year = y.length === 2 ? 2000 + Number(y) - (Number(y) > 49 ? 100 : 0) : Number(y);
  const day = Number(d);
  const offset = /^[+-]/.test(zone) ? (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3))) : ZONES[zone.toUpperCase()];
  if (month < 0 || day < 1 || day > new Date(Date.UTC(year, month + 1, 0)).getUTCDate() || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 60 || offset === undefined) {
    problems.add(path, `${describe(text)} is not a date`);
    return undefined;
  }
  return new Date(Date.UTC(year, month, day, Number(hh), Number(mm), Number(ss)) - offset * 60_000);
}

/** Items that had a date which is not one are skipped, with the warning saying so. */
export function skipIfBadDate(raw: unknown, date: Date | undefined, problems: Problems): boolean {
  if (raw === undefined || raw === null || raw === '' || date) return false;
  problems.warnings[problems.warnings.length - 1] += '; item skipped';
  return true;
}

/** A feed whose every item was refused is an error to show, not an empty list. */
export function requireUsable<T extends { items: unknown[]; hotlines: unknown[]; guides: unknown[]; videos: unknown[]; warnings: string[] }>(
  feed: T,
  rawItems: number,
  url: string,
): T {
  if (rawItems > 0 && feed.items.length + feed.hotlines.length + feed.guides.length + feed.videos.length === 0) {
    throw new FeedError('invalid', `none of the ${rawItems} items is usable (${feed.warnings.slice(0, 3).join('; ')})`, url);
  }
  return feed;
}
