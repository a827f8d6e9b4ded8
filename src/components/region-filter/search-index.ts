// Search over every region and settlement name. Built once, when the data
// arrives: all names, normalized, in one string, each name on a line followed by
// its transliteration ("\nсумська\nsumska\nшосткинська\nshostkynska\n…"), so a
// query in either script is one native indexOf scan rather than 63,000
// comparisons. Pure: the benchmark (bench/) times `searchRegions` alone.
import type { Region } from '../../data/regions.js';
import type { Settlement } from '../../data/settlements.js';
import { transliterate } from '../../i18n/transliterate.js';

export interface SearchEntry {
  /** What choosing the entry selects: the region itself, or the settlement's hromada. */
  region: Region;
  /** Settlements only. */
  settlement?: Settlement;
}

export interface SearchIndex {
  entries: SearchEntry[];
  /** Entry i's normalized name on line 2i, its transliteration on line 2i + 1, each line between two "\n". */
  text: string;
  /**
   * The entry each character of `text` belongs to (a line's closing "\n" counts
   * as its line's): 16 bits each while the entries fit, so the ~650,000
   * characters of the full index take 1.3 MB, not 2.6.
   */
  entryOf: Uint16Array | Uint32Array;
}

export interface SearchResult {
  /** Exact names first, every one of them (119 villages are called Іванівка), then names that start with the query, then the rest; at most `limit` but for the exact names. */
  entries: SearchEntry[];
  /** How many entries match in all. */
  total: number;
}

/**
 * Lower case, one spelling for what readers type interchangeably: the apostrophes
 * ' ’ ʼ ` (dropped, so "Камянець" finds Кам’янець too), ґ as г, hyphens, commas and full stops as spaces;
 * in Latin, the informal spellings beside the standard one: y and j as i,
 * g as h, a doubled letter as one ("Kamyanets", "Uzhgorod", "Odessa", "Zaporizhia").
 * Keeps line breaks, so a whole index's worth of names is normalized in one go.
 */
export const normalizeName = (text: string): string =>
  text
    .toLowerCase()
    .replace(/['’ʼ`]/g, '')
    .replace(/ґ/g, 'г')
    .replace(/[yj]/g, 'i')
    .replace(/g/g, 'h')
    .replace(/(zh|[a-z])\1+/g, '$1')
    .replace(/[^\S\n]+|[-,.]+/g, ' ');

/**
 * Builds the index; `regions` in the order results should favour (oblasts,
 * raions, hromadas), then the settlements. 1,500 names at a time, each slice in
 * a task of its own, so that 31,000 names never make a long task.
 */
export async function buildSearchIndex(regions: readonly Region[], settlements: readonly Settlement[] = [], byCode?: Map<string, Region>): Promise<SearchIndex> {
  // A settlement stands for its hromada (one whose hromada is unknown is left out).
  const entries: SearchEntry[] = [
    ...regions.map((region) => ({ region })),
    ...settlements.flatMap((settlement) => {
      const region = byCode?.get(settlement.hromada);
      return region ? [{ region, settlement }] : [];
    }),
  ];
  const lines: string[] = [];
  for (let i = 0; i < entries.length; i += 1500) {
    // Lets the page handle input and paint between slices.
    await new Promise((resolve) => setTimeout(resolve));
    const names = entries.slice(i, i + 1500).map(({ region, settlement }) => {
      const name = settlement?.name ?? region.nameUk;
      const latin = transliterate(name);
      // A top-level unit by its conventional English name too ("Zakarpattia Oblast"), as its English label shows it;
      // once where they agree, so that "Kyiv" is the capital's whole name, ahead of the village Київ.
      return `${name}\n${!settlement && region.kind && region.nameEn !== latin ? `${region.nameEn} ${latin}` : latin}`;
    });
    lines.push(normalizeName(names.join('\n')));
  }
  const text = `\n${lines.join('\n')}\n`;
  const entryOf = new (entries.length < 65536 ? Uint16Array : Uint32Array)(text.length);
  for (let at = 1, line = 0; at < text.length; at += 1) entryOf[at] = (text[at - 1] === '\n' && at > 1 ? ++line : line) >> 1;
  return { entries, text, entryOf };
}

/**
 * Finds `query` in the index: Cyrillic against the names, Latin against their
 * transliteration ("znob" → Зноб-Новгородська). A one-letter query matches name
 * starts only. Entries whose region fails `allowed` are left out. A query of
 * several words that finds nothing finds what its first words do.
 */
export function searchRegions(index: SearchIndex, query: string, limit = 50, allowed?: (region: Region) => boolean): SearchResult {
  const { entries, text, entryOf } = index;
  let q = normalizeName(query).replace(/\s+/g, ' ').trim();
  // A Latin i typed among Cyrillic letters is the Ukrainian і (a common keyboard habit).
  if (/[а-яєіїґ]/.test(q)) q = q.replace(/i/g, 'і');
  const tiers: number[][] = [[], [], []];
  let total = 0;
  // Name starts only for one letter: it would otherwise match nearly every name.
  const needle = q.length < 2 ? `\n${q}` : q;
  for (let hit = q ? text.indexOf(needle) : -1, last = -1; hit >= 0; hit = text.indexOf(needle, hit + 1)) {
    const at = hit + needle.length - q.length;
    const entry = entryOf[at];
    // An entry counts once, however often its lines hold the query.
    if (entry === last) continue;
    last = entry;
    if (allowed && !allowed(entries[entry].region)) continue;
    total += 1;
    // 0: the whole name, 1: its start, 2: inside it.
    const tier = text[at - 1] !== '\n' ? 2 : +(text[at + q.length] !== '\n');
    // Every exact name: past a limit, the settlements of a common name would be out of reach.
    if (!tier || tiers[tier].length < limit) tiers[tier].push(entry);
  }
  // Nothing found: again without the last word, which is mostly the type a label shows ("Сумська область", "… громада").
  if (!total && q.includes(' ')) return searchRegions(index, q.slice(0, q.lastIndexOf(' ')), limit, allowed);
  return {
    entries: tiers
      .flat()
      .slice(0, Math.max(limit, tiers[0].length))
      .map((i) => entries[i]),
    total,
  };
}
