// Registers <hromada-news-list>.
import { defineElement } from '../../internal/define.js';
import { HromadaNewsList } from './news-list.js';

defineElement('hromada-news-list', HromadaNewsList);

declare global {
  interface HTMLElementTagNameMap {
    'hromada-news-list': HromadaNewsList;
  }
}

export { HromadaNewsList };
