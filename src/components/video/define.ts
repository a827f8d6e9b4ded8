// Registers <hromada-video>.
import { defineElement } from '../../internal/define.js';
import { HromadaVideo } from './video.js';

defineElement('hromada-video', HromadaVideo);

declare global {
  interface HTMLElementTagNameMap {
    'hromada-video': HromadaVideo;
  }
}

export { HromadaVideo };
