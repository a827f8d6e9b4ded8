// Search over every region and settlement name. Built once, when the data
// arrives: all names, normalized, in one string per script ("\nсумська\nшосткинська\n…"
// and its transliteration), so a query is a few native indexOf scans rather than
// 31,000 comparisons. Pure: the benchmark (bench/) times `searchRegions` alone.
import type { Region } from '../../data/regions.js';
import type { Settlement } from '../../data/settlements.js';
import { transliterate } from './transliterate.js';

export interface SearchEntry {
  /** What choosing the entry selects: the region itself, or the settlement's hromada. */
  region: Region;
  /** Settlements only. */
  settlement?: Settlement;
}

interface Haystack {
  /** Every entry's normalized name, each between two "\n". */
  text: string;
  /** Where entry i's name starts in `text`; one more item, text.length, closes the last. */
  starts: Int32Array;
}

export interface SearchIndex {
  entries: SearchEntry[];
  cyrillic: Haystack;
  latin: Haystack;
}

export interface SearchResult {
  /** Exact names first, then names that start with the query, then the rest; at most `limit`. */
  entries: SearchEntry[];
  /** How many entries match in all. */
  total: number;
}

/**
 * Lower case, one spelling for what readers type interchangeably: the apostrophes
 * ' ’ ʼ ` (dropped, so "Камянець" finds Кам’янець too), ґ as г, hyphens as spaces.
 * Keeps line breaks, so a whole index's worth of names is normalized in one go.
 */
export const normalizeName = (text: string): string =>
  text
    .toLowerCase()
    .replace(/['’ʼ`]/g, '')
    .replace(/ґ/g, 'г')
    .replace(/[^\S\n]+|-+/g, ' ');

/**
 * Builds the index; `regions` in the order results should favour (oblasts,
 * raions, hromadas), then the settlements. 1,500 names at a time, each slice in
 * a task of its own, so that 31,000 names never make a long task.
 */
export async function buildSearchIndex(regions: readonly Region[], settlements: readonly Settlement[] = [], byCode?: Map<string, Region>): Promise<SearchIndex> {
  const entries: SearchEntry[] = [];
  const cyrillic: string[] = [];
  const latin: string[] = [];
  const items = [...regions, ...settlements];
  for (let i = 0; i < items.length; i += 1500) {
    // Lets the page handle input and paint between slices.
    await new Promise((resolve) => setTimeout(resolve));
    const names: string[] = [];
    for (const item of items.slice(i, i + 1500)) {
      const settlement = 'hromada' in item ? item : undefined;
      const region = settlement ? byCode?.get(settlement.hromada) : (item as Region);
      if (region) {
        entries.push({ region, settlement });
        names.push(settlement?.name ?? region.nameUk);
      }
    }
    const joined = names.join('\n');
    cyrillic.push(normalizeName(joined));
    latin.push(normalizeName(transliterate(joined)));
  }
  return { entries, cyrillic: haystack(cyrillic), latin: haystack(latin) };
}

function haystack(parts: string[]): Haystack {
  const text = parts.join('\n');
  const names = text.split('\n');
  const starts = new Int32Array(names.length + 1);
  let offset = 1;
  names.forEach((name, i) => {
    starts[i] = offset;
    offset += name.length + 1;
  });
  starts[names.length] = offset;
  return { text: `\n${text}\n`, starts };
}

/** The entry whose name holds position `at`, bisecting from entry `low` on (hits come in order). */
function entryAt(starts: Int32Array, at: number, low: number): number {
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Finds `query` in the index: Cyrillic against the names, Latin against their
 * transliteration ("znob" → Зноб-Новгородська). A one-letter query matches name
 * starts only. Entries whose region fails `allowed` are left out.
 */
export function searchRegions(index: SearchIndex, query: string, limit = 50, allowed?: (region: Region) => boolean): SearchResult {
  let q = normalizeName(query).replace(/\s+/g, ' ').trim();
  const isLatin = !/[а-яєіїґ]/.test(q);
  // A Latin i typed among Cyrillic letters is the Ukrainian і (a common keyboard habit).
  if (!isLatin) q = q.replace(/i/g, 'і');
  const { text, starts } = isLatin ? index.latin : index.cyrillic;
  const tiers: number[][] = [[], [], []];
  let total = 0;
  if (!q) return { entries: [], total };
  // Name starts only: one letter would otherwise match nearly every name.
  const needle = q.length < 2 ? `\n${q}` : q;
  const shift = needle.length - q.length;
  let entry = 0;
  for (let hit = text.indexOf(needle); hit >= 0; hit = text.indexOf(needle, starts[entry + 1] - shift)) {
    const at = hit + shift;
    entry = entryAt(starts, at, entry);
    if (allowed && !allowed(index.entries[entry].region)) continue;
    total += 1;
    const tier = at === starts[entry] ? +(at + q.length !== starts[entry + 1] - 1) : 2;
    if (tiers[tier].length < limit) tiers[tier].push(entry);
  }
  const entries = tiers
    .flat()
    .slice(0, limit)
    .map((i) => index.entries[i]);
  return { entries, total };
}
