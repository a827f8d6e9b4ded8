// Region names in correct grammar: "Сумська область" / "Новини Сумської області",
// "Зноб-Новгородська селищна громада" / "Зноб-Новгородської громади"; in
// English the conventional oblast names and the transliterations.
import { msg } from '@lit/localize';
import type { Region } from '../data/regions.js';
import { getLocale } from './localization.js';

export type GrammaticalCase = 'nominative' | 'genitive';

export interface RegionNameOptions {
  /** Ukrainian case; English has one form, but "the" before the Autonomous Republic of Crimea in the genitive (a name in a sentence). Default nominative. */
  case?: GrammaticalCase;
  /** Hromadas: include the type, "селищна громада" (default true). */
  withType?: boolean;
}

/**
 * Genitive endings: of adjectives (…ська → …ської, …ський → …ського) and of the two cities (Київ → Києва,
 * Севастополь → Севастополя). The codifier has no soft-stem names (…ній, …ня); test/data/regions.test.ts checks every name.
 */
const ENDINGS: Record<string, string> = { ий: 'ого', а: 'ої', ь: 'я', їв: 'єва' };
const NOUNS = { oblast: ['область', 'області'], raion: ['район', 'району'], hromada: ['громада', 'громади'] };
/**
 * English has no case, but the type tells apart same-named hromadas of one raion
 * (Pokrovska city / village hromada). Indexed by the Ukrainian word's length: міська, селищна, сільська.
 */
const TYPES_EN = ['city ', 'settlement ', 'village '];

/** The region's name; without a region, all of Ukraine. */
export function regionName(region?: Region, { case: grammaticalCase, withType = true }: RegionNameOptions = {}): string {
  if (!region) return msg('Уся Україна');
  const { level, nameUk, nameEn, kind, type } = region;
  const genitive = grammaticalCase === 'genitive';
  // In a sentence ("News of the Autonomous Republic of Crimea"), the republic takes "the"; oblasts, cities and hromadas do not.
  if (getLocale() !== 'uk') return level === 'oblast' ? (kind === 'arc' && genitive ? 'the ' : '') + nameEn : `${nameEn} ${(withType && type && TYPES_EN[type.length - 6]) || ''}${level}`;
  // The last word: the adjective, or the city's name.
  const decline = (word: string) => (genitive ? word.replace(/(ий|а|ь|їв)$/, (ending) => ENDINGS[ending]) : word);
  if (kind === 'arc') return genitive ? 'Автономної Республіки Крим' : nameUk;
  return kind === 'city' ? decline(nameUk) : `${decline(nameUk)}${withType && type ? ` ${decline(type)}` : ''} ${NOUNS[level][+genitive]}`;
}
