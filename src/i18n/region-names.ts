// Region names in correct grammar: "Сумська область" / "Новини Сумської області",
// "Зноб-Новгородська селищна громада" / "Зноб-Новгородської громади"; in
// English the conventional oblast names and the transliterations.
import type { Region } from '../data/regions.js';
import { msg } from '@lit/localize';
import { getLocale } from './localization.js';

export type GrammaticalCase = 'nominative' | 'genitive';

export interface RegionNameOptions {
  /** Ukrainian case; English has one form. Default nominative. */
  case?: GrammaticalCase;
  /** Hromadas: include the type, "селищна громада" (default true). */
  withType?: boolean;
}

const ENDINGS: Record<string, string> = { ий: 'ого', ій: 'ього', я: 'ьої', а: 'ої' };
const NOUNS = { oblast: ['область', 'області'], raion: ['район', 'району'], hromada: ['громада', 'громади'] };
/** English has no case, but the type tells apart same-named hromadas of one raion (Pokrovska city / village hromada). */
const TYPES_EN: Record<string, string> = { міська: 'city ', селищна: 'settlement ', сільська: 'village ' };
const IRREGULAR: Record<string, string> = { Київ: 'Києва', Севастополь: 'Севастополя', 'Автономна Республіка Крим': 'Автономної Республіки Крим' };

/** The region's name; without a region, all of Ukraine. */
export function regionName(region?: Region, { case: grammaticalCase, withType = true }: RegionNameOptions = {}): string {
  if (!region) return msg('Уся Україна');
  const { level, nameUk, nameEn, kind, type } = region;
  if (getLocale() !== 'uk') return level === 'oblast' ? nameEn : `${nameEn} ${(withType && type && TYPES_EN[type]) || ''}${level}`;
  const genitive = grammaticalCase === 'genitive';
  if (kind === 'city' || kind === 'arc') return genitive ? (IRREGULAR[nameUk] ?? nameUk) : nameUk;
  // The last word of a feminine (…ська → …ської) or masculine (…ський → …ського) adjective.
  const decline = (word: string) => (genitive ? word.replace(/(ий|ій|я|а)$/, (ending) => ENDINGS[ending]) : word);
  return `${decline(nameUk)}${withType && type ? ` ${decline(type)}` : ''} ${NOUNS[level][+genitive]}`;
}
