// The region tree (oblast → raion → hromada) from data/ua-hromadas.json: loaded
// once per page on demand, indexed by code, and named in correct Ukrainian.
import { dataUrl } from '../internal/asset-url.js';
import { FeedError } from './feed-error.js';
import { isObject } from './fields.js';
import { TOP_LEVEL_UNITS, type TopLevelKind } from './top-level-units.js';
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
  hromadaCount: number;
}

/** The top-level units alone, available before any data is loaded. */
export const TOP_LEVEL_REGIONS: readonly Region[] = TOP_LEVEL_UNITS.map(([code, nameUk, nameEn, kind]) => ({
  code,
  level: 'oblast',
  nameUk,
  nameEn,
  kind,
  children: [],
}));

const topLevelByCode = new Map(TOP_LEVEL_REGIONS.map((region) => [region.code, region]));

export const topLevelRegion = (code: string): Region | undefined => topLevelByCode.get(code);

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

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { credentials: 'omit' }).catch((error) => {
    throw new FeedError('network', String(error), url);
  });
  if (!response.ok) throw new FeedError('http', `HTTP ${response.status}`, url, response.status);
  return response.json().catch((error) => {
    throw new FeedError('parse', String(error), url);
  });
}

const CHILDREN: Record<string, [string, RegionLevel]> = { oblast: ['raions', 'raion'], raion: ['hromadas', 'hromada'] };

/** Builds the tree from the JSON of data/ua-hromadas.json. */
export function parseRegionTree(data: unknown, url = 'ua-hromadas.json'): RegionTree {
  if (!isObject(data) || !Array.isArray(data.oblasts)) throw new FeedError('invalid', 'no "oblasts"', url);
  const byCode = new Map<string, Region>();
  let hromadaCount = 0;
  const build = (list: unknown, level: RegionLevel, parent?: Region): Region[] =>
    (Array.isArray(list) ? list : []).flatMap((raw) => {
      if (!isObject(raw) || typeof raw.code !== 'string') return [];
      const known = topLevelByCode.get(raw.code);
      const region: Region = {
        code: raw.code,
        level,
        nameUk: String(raw.name_uk ?? known?.nameUk ?? ''),
        nameEn: String(raw.name_en_conventional ?? raw.name_en ?? known?.nameEn ?? ''),
        type: raw.type as HromadaType | undefined,
        kind: level === 'oblast' ? ((raw.kind as TopLevelKind | undefined) ?? known?.kind ?? 'oblast') : undefined,
        parent,
        children: [],
      };
      byCode.set(region.code, region);
      if (level === 'hromada') hromadaCount += 1;
      const next = CHILDREN[level];
      if (next) region.children = build(raw[next[0]], next[1], region);
      return [region];
    });
  return { oblasts: build(data.oblasts, 'oblast'), byCode, hromadaCount };
}
