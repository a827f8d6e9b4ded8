// Registers <hromada-hotline>.
import { defineElement } from '../../internal/define.js';
import { HromadaHotline } from './hotline.js';

defineElement('hromada-hotline', HromadaHotline);

declare global {
  interface HTMLElementTagNameMap {
    'hromada-hotline': HromadaHotline;
  }
}

export { HromadaHotline };
// Keeps the event's typing (GlobalEventHandlersEventMap) in this entry's .d.ts.
export type { HromadaHotlineDismissEvent } from '../../events/hromada-hotline-dismiss.js';
