// ISO 8601 durations (`PT4M12S`) as a reader sees them (`4:12`) and as a screen
// reader says them ("4 хвилини 12 секунд"): Intl's unit names bring the plurals.
import { formatNumber } from '../../i18n/format.js';
import { intlLocale } from '../../i18n/localization.js';

// A page's cards mostly share a handful of durations; each is worked out once per locale.
const seen = new Map<string, [clock: string, spoken: string] | undefined>();

/** [`4:12`, "4 хвилини 12 секунд"], or undefined when `value` names no length. */
export function duration(value = ''): [clock: string, spoken: string] | undefined {
  const key = intlLocale() + value;
  if (seen.has(key)) return seen.get(key);
  // Days too, as the feed's schema allows them (`P0DT4M12S`, written by tools that always name every unit).
  // exec() reads a number (a framework's `duration={252}`) as text, where trim() would throw.
  const [, d = 0, h = 0, m = 0, s = 0] = /^\s*P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)[.,\d]*S)?\s*$/i.exec(value) ?? [];
  const total = +d * 86400 + +h * 3600 + +m * 60 + +s;
  const parts = [(total / 3600) | 0, (total / 60) % 60 | 0, total % 60];
  const result: [string, string] | undefined = total
    ? [
        (total < 3600 ? parts.slice(1) : parts).map((n, i) => (i && n < 10 ? '0' + n : n)).join(':'),
        parts
          .map((n, i) => n && formatNumber(n, { style: 'unit', unit: ['hour', 'minute', 'second'][i], unitDisplay: 'long' }))
          .filter(Boolean)
          .join(' '),
      ]
    : undefined;
  seen.set(key, result);
  return result;
}
