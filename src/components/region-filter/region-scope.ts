// Which regions a filter offers: `only` (a partner network's regions, with the
// oblasts and raions that lead to them) and the occupied Crimean units, hidden
// unless asked for.
import { isRegionCode, regionPrefix } from '../../data/region-code.js';

const CRIMEA = /^UA(01|85)/;

/** A test for region codes; `only` is the attribute's space-separated list. */
export function regionScope(only: string, includeCrimea: boolean): (code: string) => boolean {
  const prefixes = only.split(/\s+/).filter(isRegionCode).map(regionPrefix);
  return (code) => {
    if (!includeCrimea && CRIMEA.test(code)) return false;
    if (prefixes.length === 0) return true;
    const prefix = regionPrefix(code);
    return prefixes.some((allowed) => prefix.startsWith(allowed) || allowed.startsWith(prefix));
  };
}
