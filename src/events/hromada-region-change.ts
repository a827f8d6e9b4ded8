// hromada-region-change: the reader (or the URL, or a script setting `value`)
// changed the region of a <hromada-region-filter>.
import type { RegionLevel } from '../data/region-code.js';

export type HromadaRegionChangeEvent = CustomEvent<{
  /** The KATOTTG code; null for all of Ukraine. */
  code: string | null;
  level: RegionLevel | null;
  /** The region's name in the page's language ("Сумська область"); for all of Ukraine, "Уся Україна". */
  name: string;
}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'hromada-region-change': HromadaRegionChangeEvent;
  }
}
