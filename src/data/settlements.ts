// The 29,705 settlements of the codifier, each with the hromada it belongs to:
// loaded once per page, on a reader's first search keystroke, from the compact
// dist/data/ua-settlements.json (scripts/build-region-data.mjs), 150 KB gzip
// where the full data/ua-settlements.json is 533 KB.
import { dataUrl } from '../internal/asset-url.js';
import { FeedError } from './feed-error.js';
import { isObject, type JsonObject } from './fields.js';
import { loadData } from './regions.js';

export interface Settlement {
  /** As in the codifier: "Шостка". */
  name: string;
  /** The hromada's code (for the few settlements outside any hromada, the oblast's). */
  hromada: string;
  /** 1 for a city (the codifier's category M), which a search offers first. */
  city?: number;
}

/** Loads the settlements (the compact form) from ua-settlements.json beside the region tree's URL, once per URL per page. */
export const loadSettlements = (treeUrl = dataUrl('')): Promise<Settlement[]> =>
  loadData(new URL('ua-settlements.json', new URL(treeUrl, document.baseURI)).href, parseSettlements);

/**
 * The compact form: `hromadas` maps a hromada code to its settlements joined
 * by "|", each name led by its category letter unless it is a village ("MШостка|Вовна");
 * the widgets do not show the category. (Every name starts with a capital
 * Cyrillic letter, above any Latin one in code order.)
 */
export function parseSettlements(data: unknown, url = 'ua-settlements.json'): Settlement[] {
  const hromadas = (data as JsonObject | null)?.hromadas;
  if (!isObject(hromadas)) throw new FeedError('invalid', 'no "hromadas"', url);
  return (
    Object.entries(hromadas)
      .flatMap(([hromada, packed]) =>
        String(packed)
          .split('|')
          .map((item) => ({ name: item < 'a' ? item.slice(1) : item, hromada, city: +(item[0] == 'M') })),
      )
      // Cities first, so a search offers them first among the same names: "Рівне" is the city before 21 villages.
      .sort((a, b) => b.city - a.city)
  );
}
