// Names the regions a news list talks about: the selected one (its heading) and
// the hromada each item comes from, as precisely as the data at hand allows.
import { TOP_LEVEL_REGIONS, type Region, type RegionTree } from '../../data/regions.js';
import { regionPrefix } from '../../data/region-code.js';

/** Regions by their code prefix (`UA59`, `UA5910`, `UA5910009`), built once per source. */
const indexes = new WeakMap<object, Map<string, Region>>();

/**
 * The hromada, raion or oblast a code names or lies in (a settlement's code
 * finds its hromada). Without the tree only oblasts and the two cities are known.
 */
export function findRegion(code = '', tree?: RegionTree): Region | undefined {
  const source = tree?.byCode ?? TOP_LEVEL_REGIONS;
  let index = indexes.get(source);
  if (!index) indexes.set(source, (index = new Map([...source.values()].map((region) => [regionPrefix(region.code), region]))));
  return index.get(code.slice(0, 9)) ?? index.get(code.slice(0, 6)) ?? index.get(code.slice(0, 4));
}
