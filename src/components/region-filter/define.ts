// Registers <hromada-region-filter>.
import { defineElement } from '../../internal/define.js';
import { HromadaRegionFilter } from './region-filter.js';

defineElement('hromada-region-filter', HromadaRegionFilter);

declare global {
  interface HTMLElementTagNameMap {
    'hromada-region-filter': HromadaRegionFilter;
  }
}

export { HromadaRegionFilter };
