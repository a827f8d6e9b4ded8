// Which regions a filter offers: `only` (a partner network's regions, with the
// oblasts and raions that lead to them) and the occupied Crimean units, hidden
// unless asked for.
import { isRegionCode, regionPrefix } from '../../data/region-code.js';

/** A test for region codes; `only` is the attribute's space-separated list (commas tolerated). Remembers each answer: a search asks per hit. */
export function regionScope(only: string, includeCrimea: boolean): (code: string) => boolean {
  const prefixes = only.split(/[\s,;]+/).filter(isRegionCode).map(regionPrefix);
  const known = new Map<string, boolean>();
  return (code) => {
    if (!known.has(code)) {
      const prefix = regionPrefix(code);
      known.set(code, (includeCrimea || !/^UA(01|85)/.test(code)) && (!prefixes[0] || prefixes.some((allowed) => prefix.startsWith(allowed) || allowed.startsWith(prefix))));
    }
    return known.get(code)!;
  };
}
