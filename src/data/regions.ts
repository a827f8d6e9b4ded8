// The region tree (oblast → raion → hromada) from data/ua-hromadas.json: loaded
// once per page on demand, indexed by code, and named in correct Ukrainian.
import { dataUrl } from '../internal/asset-url.js';
import { FeedError } from './feed-error.js';
import { decodeBody } from './decode-body.js';
import { fetchWithRetries } from './fetch-with-retries.js';
import { TOP_LEVEL_REGIONS, type TopLevelKind } from './top-level-units.js';
import type { RegionLevel } from './region-code.js';

export type HromadaType = 'міська' | 'селищна' | 'сільська';

export interface Region {
  code: string;
  level: RegionLevel;
  /** As in the codifier: "Сумська", "Шосткинський", "Зноб-Новгородська", "Київ". */
  nameUk: string;
  /** Conventional for oblasts ("Sumy Oblast"), a KMU-55 transliteration below them. */
  nameEn: string;
  /** Hromadas only. */
  type?: HromadaType;
  /** Top-level units only. */
  kind?: TopLevelKind;
  parent?: Region;
  children: Region[];
}

export interface RegionTree {
  oblasts: Region[];
  byCode: Map<string, Region>;
  /** Every region: the oblasts, then the raions, then the hromadas. */
  regions: Region[];
}

export { TOP_LEVEL_REGIONS };

const loads = new Map<string, Promise<unknown>>();

/** Fetches and parses one data file, once per URL per page; a failure may be retried later. */
export function loadData<T>(url: string, parse: (data: unknown, url: string) => T): Promise<T> {
  const absolute = new URL(url, document.baseURI).href;
  let load = loads.get(absolute) as Promise<T> | undefined;
  if (!load) {
    // With a timeout for silence and retries with backoff, as for feeds (SPEC §5): a slow phone still gets the
    // 150 KB settlement index, and a body that stalls still ends.
    load = fetchWithRetries(absolute, async (get, body) => {
      const response = await get();
      if (!response.ok) throw new FeedError('http', `HTTP ${response.status}`, absolute, response.status);
      return JSON.parse(decodeBody(await body(response))) as unknown;
    }).then((data) => parse(data, absolute));
    load.catch(() => loads.delete(absolute));
    loads.set(absolute, load);
  }
  return load;
}

/** Loads the region tree from `url` (default: data/ua-hromadas.json beside the script). */
export const loadRegionTree = (url = dataUrl('ua-hromadas.json')): Promise<RegionTree> => loadData(url, parseRegionTree);

/** Builds the tree from the JSON of data/ua-hromadas.json. */
export function parseRegionTree(data: unknown, url = 'ua-hromadas.json'): RegionTree {
  const oblasts = (data as { oblasts?: Record<string, never>[] } | null)?.oblasts;
  if (!Array.isArray(oblasts)) throw new FeedError('invalid', 'no "oblasts"', url);
  const byCode = new Map<string, Region>();
  const levels: Region[][] = [[], [], []];
  // oblasts → raions → hromadas; a malformed item throws, which the caller reports as invalid data.
  const build = (list: Record<string, never>[] = [], depth: number, parent?: Region): Region[] =>
    list.map((raw) => {
      const region: Region = {
        code: raw.code,
        level: (['oblast', 'raion', 'hromada'] as const)[depth],
        nameUk: raw.name_uk,
        nameEn: raw.name_en_conventional ?? raw.name_en,
        type: raw.type,
        kind: raw.kind,
        parent,
        children: [],
      };
      byCode.set(region.code, region);
      levels[depth].push(region);
      region.children = depth < 2 ? build(raw[depth ? 'hromadas' : 'raions'], depth + 1, region) : [];
      return region;
    });
  return { oblasts: build(oblasts, 0), byCode, regions: levels.flat() };
}
