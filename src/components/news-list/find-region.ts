// Names the regions a news list talks about: the selected one (its heading) and
// the hromada each item comes from, as precisely as the data at hand allows.
import { TOP_LEVEL_REGIONS, type Region, type RegionTree } from '../../data/regions.js';
import { isRegionCode, regionPrefix } from '../../data/region-code.js';

const indexes = new WeakMap<object, Map<string, Region>>();

/** Regions by their code prefix (`UA59`, `UA5910`, `UA5910009`), built once per tree. */
function prefixIndex(regions: Iterable<Region>, owner: object): Map<string, Region> {
  let index = indexes.get(owner);
  if (!index) {
    index = new Map();
    for (const region of regions) index.set(regionPrefix(region.code), region);
    indexes.set(owner, index);
  }
  return index;
}

/**
 * The hromada, raion or oblast a code names or lies in (a settlement's code
 * finds its hromada). Without the tree only oblasts and the two cities are known.
 */
export function findRegion(code: string | undefined, tree?: RegionTree): Region | undefined {
  if (!code || !isRegionCode(code)) return undefined;
  const index = tree ? prefixIndex(tree.byCode.values(), tree) : prefixIndex(TOP_LEVEL_REGIONS, TOP_LEVEL_REGIONS);
  // Hromada (UA + 7 digits), raion (UA + 4), oblast (UA + 2).
  return index.get(code.slice(0, 9)) ?? index.get(code.slice(0, 6)) ?? index.get(code.slice(0, 4));
}
