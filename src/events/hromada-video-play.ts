// The event <hromada-video> fires when the reader presses play, before any
// request to the video host; cancelling it keeps the facade (e.g. until consent).
import type { VideoProvider } from '../data/model.js';

/** `videoId` is the YouTube or Vimeo id, or the file's URL for `provider="file"`. */
export type HromadaVideoPlayEvent = CustomEvent<{ provider: VideoProvider; videoId: string }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'hromada-video-play': HromadaVideoPlayEvent;
  }
}
