// The 29,705 settlements of the codifier, each with the hromada it belongs to:
// loaded once per page, on a reader's first search keystroke. Reads the compact
// dist/data/ua-settlements.json (scripts/build-region-data.mjs) and the full
// data/ua-settlements.json alike.
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
 * Compact form: `hromadas` maps a hromada code to its settlements joined by "|",
 * each name led by its category letter unless it is a village ("MШостка|Вовна").
 * Full form: `fields` + `rows` as in the codifier extract.
 */
export function parseSettlements(data: unknown, url = DEFAULT_SETTLEMENTS_FILE): Settlement[] {
  const settlements: Settlement[] = [];
  if (isObject(data) && isObject(data.hromadas)) {
    for (const [hromada, packed] of Object.entries(data.hromadas)) {
      if (typeof packed !== 'string') continue;
      for (const item of packed.split('|')) {
        const lettered = /^[A-Z]/.test(item);
        settlements.push({ name: lettered ? item.slice(1) : item, category: lettered ? item[0] : 'C', hromada });
      }
    }
  } else if (isObject(data) && Array.isArray(data.rows) && Array.isArray(data.fields)) {
    const [name, category, hromada] = ['name_uk', 'cat', 'hromada_code'].map((field) => (data.fields as unknown[]).indexOf(field));
    for (const row of data.rows) {
      if (Array.isArray(row) && typeof row[name] === 'string' && typeof row[hromada] === 'string') {
        settlements.push({ name: row[name], category: String(row[category] ?? 'C'), hromada: row[hromada] });
      }
    }
  } else {
    throw new FeedError('invalid', 'settlement data: neither "hromadas" nor "fields" and "rows"', url);
  }
  return settlements;
}
