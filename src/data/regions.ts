// The region tree (oblast → raion → hromada) from data/ua-hromadas.json: loaded
// once per page on demand, indexed by code, and named in correct Ukrainian.
import { dataUrl } from '../internal/asset-url.js';
import { FeedError } from './feed-error.js';
import { backoff, DEFAULT_RETRIES, DEFAULT_TIMEOUT, timers } from './limits.js';
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
    load = fetchJson(absolute).then((data) => parse(data, absolute));
    load.catch(() => loads.delete(absolute));
    loads.set(absolute, load);
  }
  return load;
}

/** Loads the region tree from `url` (default: data/ua-hromadas.json beside the script). */
export const loadRegionTree = (url = dataUrl('ua-hromadas.json')): Promise<RegionTree> => loadData(url, parseRegionTree);

/**
 * One data file, with a timeout and retries with backoff on network trouble and
 * 5xx, as for feeds (SPEC §5). The timeout waits for the server's answer only: a
 * slow phone may need longer than that to download the 150 KB settlement index,
 * and should still get it.
 */
async function fetchJson(url: string, attempt = 0): Promise<unknown> {
  const controller = new AbortController();
  const timer = timers.setTimeout(() => controller.abort(), DEFAULT_TIMEOUT);
  const response = await fetch(url, { signal: controller.signal }).catch((error) => new FeedError(controller.signal.aborted ? 'timeout' : 'network', String(error), url));
  timers.clearTimeout(timer);
  const failure = response instanceof FeedError ? response : !response.ok && new FeedError('http', `HTTP ${response.status}`, url, response.status);
  if (!failure) {
    return (response as Response).json().catch((error) => {
      throw new FeedError('parse', String(error), url);
    });
  }
  if (!failure.retryable || attempt >= DEFAULT_RETRIES) throw failure;
  await new Promise<void>((resolve) => timers.setTimeout(resolve, backoff(attempt)));
  return fetchJson(url, attempt + 1);
}

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
