// Working hours as people write them → their parts. Apart from schedule.ts, which
// words them, so that the feed validator reads hours without the localization runtime.

/** The hours part by part: [first day, last day (Monday 0), start, end (minutes; an end before the start is past midnight)]. */
export type Hours = Array<[from: number, to: number, start: number, end: number]>;

// Two letters name a day: пн…нд, mon…sun or OpenStreetMap's Mo…Su, and the start of its
// Ukrainian name, the apostrophe dropped (понеділок…пʼятниця…неділя).
const DAYS = 'пн вт ср чт пт сб нд mo tu we th fr sa su по ві се че пя су не'.split(' ');
const day = (name: string) => DAYS.indexOf(name.slice(0, 2)) % 7;

/**
 * The hours `input` describes, or undefined if it is none of: `09:00-20:00`, `9-20`, `9.00-20.00`,
 * `з 9 до 20`, `24/7`, `цілодобово`, each after days (`пн-пт`, `Пн.-Пт.`, `Понеділок-Пʼятниця`, `mon-fri`, `Mo-Fr`, `пн, ср`, `щодня`, `щоденно`,
 * `daily`; none: every day; `без вихідних` adds none) and separated by `;`, new lines or a comma before the next days; several times after one set of days
 * (`пн-пт 9-13, 14-18`); a time past midnight (`20:00-08:00`) runs into the next day.
 */
export function parseHours(input: string): Hours | undefined {
  const hours: Hours = [];
  for (const part of input
    .toLowerCase()
    .replace(/24\/7|цілодобово/g, '0-24')
    // `з 9 до 18`; `без вихідних` (`без перерви`) is every day, not a day off.
    .replace(/[–—]|до/g, '-')
    .replace(/щод\p{L}+|daily|,?\s*без\s*\p{L}+|з(?=\s*\d)|['’ʼ]|[^\S\n]/gu, '')
    // `Пн-Пт: 9-18, Сб: 10-14`: a day after a time starts another part, as a `;` would.
    .split(/[;\n]|(?<=\d),?(?=\p{L})/u)) {
    // `сб-нд вихідний`, `sun closed`: days not named are days off already.
    if (/вихідн|зачин|closed|off/.test(part)) continue;
    const [, days, times = '?'] = /^([\p{L},.-]*):?([\d:.,-]+)$/u.exec(part) ?? [];
    for (const range of (days || 'пн-нд').split(',')) {
      const [from, to = from] = range.split('-').map(day);
      for (const time of times.split(',')) {
        const [, h1, m1 = 0, h2, m2 = 0] = /^(\d\d?)(?:[:.]([0-5]\d))?-(\d\d?)(?:[:.]([0-5]\d))?$/.exec(time) ?? [];
        const start = +h1 * 60 + +m1;
        const end = +h2 * 60 + +m2;
        // NaN (no match) fails each comparison.
        if (!(from >= 0 && to >= 0 && start < 1440 && end <= 1440 && start != end)) return;
        hours.push([from, to, start, end]);
      }
    }
  }
  return hours.length ? hours : undefined;
}
