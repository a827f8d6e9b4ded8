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
  /** The entry each character of `text` belongs to (a name's closing "\n" counts as its). */
  entryOf: Int32Array;
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
  const text = `\n${parts.join('\n')}\n`;
  const entryOf = new Int32Array(text.length);
  for (let at = 1, entry = 0; at < text.length; at += 1) entryOf[at] = text[at - 1] === '\n' && at > 1 ? ++entry : entry;
  return { text, entryOf };
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
  const { text, entryOf } = isLatin ? index.latin : index.cyrillic;
  const tiers: number[][] = [[], [], []];
  let total = 0;
  // Name starts only for one letter: it would otherwise match nearly every name.
  const needle = q.length < 2 ? `\n${q}` : q;
  for (let hit = q ? text.indexOf(needle) : -1, last = -1; hit >= 0; hit = text.indexOf(needle, hit + 1)) {
    const at = hit + needle.length - q.length;
    const entry = entryOf[at];
    // A name counts once, however often it holds the query.
    if (entry === last) continue;
    last = entry;
    if (allowed && !allowed(index.entries[entry].region)) continue;
    total += 1;
    // 0: the whole name, 1: its start, 2: inside it.
    const tier = text[at - 1] !== '\n' ? 2 : +(text[at + q.length] !== '\n');
    if (tiers[tier].length < limit) tiers[tier].push(entry);
  }
  const entries = tiers
    .flat()
    .slice(0, limit)
    .map((i) => index.entries[i]);
  return { entries, total };
}
