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

export function topLevelRegion(code: string): Region | undefined {
  return topLevelByCode.get(code);
}

export const DEFAULT_REGIONS_FILE = 'ua-hromadas.json';

const trees = new Map<string, Promise<RegionTree>>();

/** Loads the region tree from `url` (default: data/ua-hromadas.json beside the script), once per URL per page. */
export function loadRegionTree(url: string = dataUrl(DEFAULT_REGIONS_FILE)): Promise<RegionTree> {
  const absolute = new URL(url, document.baseURI).href;
  let tree = trees.get(absolute);
  if (!tree) {
    tree = fetchTree(absolute);
    // A failed load may be retried later; a good one is kept for the page's life.
    tree.catch(() => trees.delete(absolute));
    trees.set(absolute, tree);
  }
  return tree;
}

async function fetchTree(url: string): Promise<RegionTree> {
  return parseRegionTree(await fetchDataJson(url, 'region data'), url);
}

/** Fetches the JSON of one of the data/ files; failures become FeedErrors whose message starts with `what`. */
export async function fetchDataJson(url: string, what: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit' });
  } catch (error) {
    throw new FeedError('network', `${what}: ${(error as Error).message}`, url);
  }
  if (!response.ok) throw new FeedError('http', `${what}: HTTP ${response.status}`, url, response.status);
  try {
    return await response.json();
  } catch (error) {
    throw new FeedError('parse', `${what}: not valid JSON (${(error as Error).message})`, url);
  }
}

/** Builds the tree from the JSON of data/ua-hromadas.json. */
export function parseRegionTree(data: unknown, url = 'ua-hromadas.json'): RegionTree {
  if (!isObject(data) || !Array.isArray(data.oblasts)) {
    throw new FeedError('invalid', 'region data: no "oblasts" list', url);
  }
  const byCode = new Map<string, Region>();
  let hromadaCount = 0;
  const oblasts: Region[] = [];
  for (const rawOblast of data.oblasts) {
    if (!isObject(rawOblast) || typeof rawOblast.code !== 'string') continue;
    const known = topLevelByCode.get(rawOblast.code);
    const oblast: Region = {
      code: rawOblast.code,
      level: 'oblast',
      nameUk: String(rawOblast.name_uk ?? known?.nameUk ?? ''),
      nameEn: String(rawOblast.name_en_conventional ?? rawOblast.name_en ?? known?.nameEn ?? ''),
      kind: (rawOblast.kind as TopLevelKind | undefined) ?? known?.kind ?? 'oblast',
      children: [],
    };
    byCode.set(oblast.code, oblast);
    oblasts.push(oblast);
    for (const rawRaion of Array.isArray(rawOblast.raions) ? rawOblast.raions : []) {
      if (!isObject(rawRaion) || typeof rawRaion.code !== 'string') continue;
      const raion: Region = {
        code: rawRaion.code,
        level: 'raion',
        nameUk: String(rawRaion.name_uk ?? ''),
        nameEn: String(rawRaion.name_en ?? ''),
        parent: oblast,
        children: [],
      };
      byCode.set(raion.code, raion);
      oblast.children.push(raion);
      for (const rawHromada of Array.isArray(rawRaion.hromadas) ? rawRaion.hromadas : []) {
        if (!isObject(rawHromada) || typeof rawHromada.code !== 'string') continue;
        const hromada: Region = {
          code: rawHromada.code,
          level: 'hromada',
          nameUk: String(rawHromada.name_uk ?? ''),
          nameEn: String(rawHromada.name_en ?? ''),
          type: rawHromada.type as HromadaType | undefined,
          parent: raion,
          children: [],
        };
        byCode.set(hromada.code, hromada);
        raion.children.push(hromada);
        hromadaCount += 1;
      }
    }
  }
  return { oblasts, byCode, hromadaCount };
}
