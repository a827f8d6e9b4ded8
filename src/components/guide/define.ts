// Registers <hromada-guide>.
import { defineElement } from '../../internal/define.js';
import { HromadaGuide } from './guide.js';

defineElement('hromada-guide', HromadaGuide);

declare global {
  interface HTMLElementTagNameMap {
    'hromada-guide': HromadaGuide;
  }
}

export { HromadaGuide };
