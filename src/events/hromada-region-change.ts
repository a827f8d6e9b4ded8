// hromada-region-change: the reader chose a region in <hromada-region-filter>.
import type { RegionLevel } from '../data/region-code.js';

export interface HromadaRegionChangeDetail {
  /** The KATOTTG code chosen, or null for all of Ukraine. */
  code: string | null;
  level: RegionLevel | null;
  /** The region's name in the page language, or null. */
  name: string | null;
}

export type HromadaRegionChangeEvent = CustomEvent<HromadaRegionChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'hromada-region-change': HromadaRegionChangeEvent;
  }
}
