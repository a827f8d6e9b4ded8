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
 * The genitive of every word the names are made of, by its ending: adjectives (…ська → …ської, …ий → …ого),
 * the nouns (область → області, район → району, громада → громади, Республіка → Республіки) and the two cities
 * (Київ → Києва, Севастополь → Севастополя); Крим stays. The codifier has no soft-stem names (…ній, …ня):
 * test/data/regions.test.ts checks every name.
 */
const GENITIVE: Record<string, string> = { ий: 'ого', да: 'ди', іка: 'іки', а: 'ої', ть: 'ті', ь: 'я', он: 'ону', їв: 'єва' };
const NOUNS = { oblast: 'область', raion: 'район', hromada: 'громада' };
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
  // A top-level unit but an oblast is its name alone ("Київ"); the rest is an adjective, the hromada's type and a noun.
  const name = kind === 'arc' || kind === 'city' ? nameUk : `${nameUk}${withType && type ? ` ${type}` : ''} ${NOUNS[level]}`;
  // GENITIVE's endings, the longer first where they overlap (…да, …іка before …а; …ть before …ь).
  return genitive ? name.replace(/(ий|да|іка|а|ть|ь|он|їв)(?= |$)/g, (ending) => GENITIVE[ending]) : name;
}
