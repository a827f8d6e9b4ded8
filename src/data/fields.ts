// Field readers for adapters: each returns a clean value or undefined, and
// records a warning that names the field (`items[3].date_published: …`).

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
  return value.length > MAX_TEXT_LENGTH ? value.slice(0, MAX_TEXT_LENGTH) : value;
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
