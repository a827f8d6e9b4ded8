// Registers <hromada-embed> and the elements it lays out, so that importing
// 'hromada-widgets/embed.js' alone is enough.
import '../hotline/define.js';
import '../region-filter/define.js';
import '../news-list/define.js';
import '../guide/define.js';
import '../video/define.js';
import { defineElement } from '../../internal/define.js';
import { HromadaEmbed } from './embed.js';

defineElement('hromada-embed', HromadaEmbed);

declare global {
  interface HTMLElementTagNameMap {
    'hromada-embed': HromadaEmbed;
  }
}

export { HromadaEmbed };
