// The 29,705 settlements of the codifier, each with the hromada it belongs to:
// loaded once per page, on a reader's first search keystroke, from the compact
// dist/data/ua-settlements.json (scripts/build-region-data.mjs), 150 KB gzip
// where the full data/ua-settlements.json is 533 KB.
import { dataUrl } from '../internal/asset-url.js';
import { FeedError } from './feed-error.js';
import { isObject } from './fields.js';
import { fetchDataJson } from './regions.js';

export interface Settlement {
  /** As in the codifier: "Шостка". */
  name: string;
  /** The codifier's category: M місто, T селище міського типу, X селище, C село. */
  category: string;
  /** The hromada's code (for the few settlements outside any hromada, the oblast's). */
  hromada: string;
}

export const DEFAULT_SETTLEMENTS_FILE = 'ua-settlements.json';

const lists = new Map<string, Promise<Settlement[]>>();

/** Loads the settlements from `url` (default: data/ua-settlements.json beside the script), once per URL per page. */
export function loadSettlements(url: string = dataUrl(DEFAULT_SETTLEMENTS_FILE)): Promise<Settlement[]> {
  const absolute = new URL(url, document.baseURI).href;
  let list = lists.get(absolute);
  if (!list) {
    list = fetchDataJson(absolute, 'settlement data').then((data) => parseSettlements(data, absolute));
    list.catch(() => lists.delete(absolute));
    lists.set(absolute, list);
  }
  return list;
}

/**
 * The compact form written by scripts/build-region-data.mjs: `hromadas` maps a
 * hromada code to its settlements joined by "|", each name led by its category
 * letter unless it is a village ("MШостка|Вовна").
 */
export function parseSettlements(data: unknown, url = DEFAULT_SETTLEMENTS_FILE): Settlement[] {
  if (!isObject(data) || !isObject(data.hromadas)) {
    throw new FeedError('invalid', 'settlement data: no "hromadas" object (the compact form npm run build writes to dist/data/)', url);
  }
  const settlements: Settlement[] = [];
  for (const [hromada, packed] of Object.entries(data.hromadas)) {
    if (typeof packed !== 'string') continue;
    for (const item of packed.split('|')) {
      const lettered = /^[A-Z]/.test(item);
      settlements.push({ name: lettered ? item.slice(1) : item, category: lettered ? item[0] : 'C', hromada });
    }
  }
  return settlements;
}
