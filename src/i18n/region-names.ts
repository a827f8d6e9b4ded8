// Region names in correct grammar: "Сумська область" / "Новини Сумської області",
// "Зноб-Новгородська селищна громада" / "Зноб-Новгородської громади"; in
// English the conventional oblast names and the transliterations.
import type { Region } from '../data/regions.js';
import { getLocale } from './localization.js';

export type GrammaticalCase = 'nominative' | 'genitive';

export interface RegionNameOptions {
  /** Ukrainian case; English has one form. Default nominative. */
  case?: GrammaticalCase;
  /** Hromadas: include the type, "селищна громада" (default true). */
  withType?: boolean;
}

const CITY_GENITIVE: Record<string, string> = { Київ: 'Києва', Севастополь: 'Севастополя' };

/** Declines the last word of a feminine adjective (…ська → …ської) or a masculine one (…ський → …ського). */
function adjectiveGenitive(name: string): string {
  if (/ий$/.test(name)) return name.replace(/ий$/, 'ого');
  if (/ій$/.test(name)) return name.replace(/ій$/, 'ього');
  if (/я$/.test(name)) return name.replace(/я$/, 'ьої');
  if (/а$/.test(name)) return name.replace(/а$/, 'ої');
  return name;
}

export function regionName(region: Region, options: RegionNameOptions = {}): string {
  const genitive = options.case === 'genitive';
  const withType = options.withType ?? true;
  if (getLocale() !== 'uk') return englishName(region);
  switch (region.level) {
    case 'oblast':
      if (region.kind === 'city') return genitive ? (CITY_GENITIVE[region.nameUk] ?? region.nameUk) : region.nameUk;
      if (region.kind === 'arc') return genitive ? 'Автономної Республіки Крим' : region.nameUk;
      return genitive ? `${adjectiveGenitive(region.nameUk)} області` : `${region.nameUk} область`;
    case 'raion':
      return genitive ? `${adjectiveGenitive(region.nameUk)} району` : `${region.nameUk} район`;
    case 'hromada': {
      const type = withType && region.type ? ` ${genitive ? adjectiveGenitive(region.type) : region.type}` : '';
      return genitive ? `${adjectiveGenitive(region.nameUk)}${type} громади` : `${region.nameUk}${type} громада`;
    }
  }
}

function englishName(region: Region): string {
  switch (region.level) {
    case 'oblast':
      return region.nameEn;
    case 'raion':
      return `${region.nameEn} raion`;
    case 'hromada':
      return `${region.nameEn} hromada`;
  }
}
