// Which items a list shows: those of the selected region (KATOTTG prefix, SPEC §3),
// each id once, newest first.
import type { NewsItem } from '../../data/model.js';
import { isRegionCode, regionPrefix } from '../../data/region-code.js';

export interface NewsSelection {
  items: NewsItem[];
  /** The items come from more than one region, so each should say where it is from. */
  mixedRegions: boolean;
}

/** Sorts before every real date, so undated items follow the dated ones in feed order. */
const NO_DATE = -8.64e15;

/**
 * Items whose region lies in `region` (any region when empty); an item without
 * its own region takes `feedRegion`, and with neither it is shown for every region.
 * The first copy of an id wins, so page 1 of a feed outranks later pages.
 */
export function selectNews(items: readonly NewsItem[], region: string, feedRegion = ''): NewsSelection {
  // The prefix once, not per item: a 10,000-item feed is filtered on every region change.
  const prefix = isRegionCode(region) ? regionPrefix(region) : '';
  const fallback = isRegionCode(feedRegion) ? feedRegion : undefined;
  const seen = new Set<string>();
  const out: NewsItem[] = [];
  let firstRegion: string | undefined;
  let mixedRegions = false;
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    const code = item.region || fallback;
    if (prefix && code && !code.startsWith(prefix)) continue;
    if (out.length === 0) firstRegion = code;
    else if (code !== firstRegion) mixedRegions = true;
    out.push(item);
  }
  // Array#sort is stable, so equal and missing dates keep the feed's order.
  out.sort((a, b) => (b.published?.getTime() ?? NO_DATE) - (a.published?.getTime() ?? NO_DATE));
  return { items: out, mixedRegions };
}
