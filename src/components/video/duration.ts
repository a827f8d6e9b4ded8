// ISO 8601 durations (`PT4M12S`) as a reader sees them (`4:12`) and as a screen
// reader says them ("4 хвилини 12 секунд"), with the language's plural forms.
import { msg, str } from '@lit/localize';
import { plural } from '../../i18n/plural.js';
import { intlLocale } from '../../i18n/localization.js';

const ISO_DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

/** Whole seconds in `PT4M12S`, `PT1H2M`, `P0DT45S`; undefined if it is not such a duration. */
export function parseDuration(value: string): number | undefined {
  const match = ISO_DURATION.exec(value.trim().toUpperCase());
  if (!match) return undefined;
  const [, days, hours, minutes, seconds] = match;
  // "P" and "PT" match the pattern but name no length at all.
  if (days === undefined && hours === undefined && minutes === undefined && seconds === undefined) return undefined;
  return (
    Number(days ?? 0) * 86400 +
    Number(hours ?? 0) * 3600 +
    Number(minutes ?? 0) * 60 +
    Math.round(Number((seconds ?? '0').replace(',', '.')))
  );
}

function split(total: number): [hours: number, minutes: number, seconds: number] {
  return [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
}

/** `4:12`, `1:02:03`. */
export function formatClock(total: number): string {
  const [hours, minutes, seconds] = split(total);
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

// Twenty cards of one series often share a length: say each once per language.
const spoken = new Map<string, string>();

/** "1 година 2 хвилини 3 секунди" / "1 hour 2 minutes 3 seconds"; zero parts are left out. */
export function spokenDuration(total: number): string {
  const key = `${intlLocale()} ${total}`;
  let phrase = spoken.get(key);
  if (phrase === undefined) spoken.set(key, (phrase = sayDuration(total)));
  return phrase;
}

function sayDuration(total: number): string {
  const [hours, minutes, seconds] = split(total);
  const parts: string[] = [];
  if (hours) {
    parts.push(plural(hours, {
      one: msg(str`${hours} година`),
      few: msg(str`${hours} години`),
      many: msg(str`${hours} годин`),
      other: msg(str`${hours} години`),
    }));
  }
  if (minutes) {
    parts.push(plural(minutes, {
      one: msg(str`${minutes} хвилина`),
      few: msg(str`${minutes} хвилини`),
      many: msg(str`${minutes} хвилин`),
      other: msg(str`${minutes} хвилини`),
    }));
  }
  if (seconds || parts.length === 0) {
    parts.push(plural(seconds, {
      one: msg(str`${seconds} секунда`),
      few: msg(str`${seconds} секунди`),
      many: msg(str`${seconds} секунд`),
      other: msg(str`${seconds} секунди`),
    }));
  }
  return parts.join(' ');
}
