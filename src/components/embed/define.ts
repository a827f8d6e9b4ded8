// Registers <hromada-embed>. The elements it lays out register themselves through
// the one-file bundle or their own define modules.
import { defineElement } from '../../internal/define.js';
import { HromadaEmbed } from './embed.js';

defineElement('hromada-embed', HromadaEmbed);

declare global {
  interface HTMLElementTagNameMap {
    'hromada-embed': HromadaEmbed;
  }
}

export { HromadaEmbed };
