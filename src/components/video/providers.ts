// The only place where a video host's URLs are built: each one from an id that
// has passed its provider's pattern, never from markup or a URL given by a feed.
import type { VideoProvider } from '../../data/model.js';

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
// A Vimeo id is numeric; an unlisted video adds its privacy hash: `123456789/abcdef1234`.
const VIMEO_ID = /^(\d{1,12})(?:[/:]([0-9a-f]{6,20}))?$/;

/** The providers this element knows; anything else in `provider` is refused. */
export const PROVIDERS: readonly VideoProvider[] = ['youtube', 'vimeo', 'file'];

export function isValidVideoId(provider: 'youtube' | 'vimeo', id: string): boolean {
  return (provider === 'youtube' ? YOUTUBE_ID : VIMEO_ID).test(id);
}

/** The player's URL; `ukrainian` asks YouTube for its Ukrainian interface and captions. */
export function embedUrl(provider: 'youtube' | 'vimeo', id: string, ukrainian: boolean): string {
  if (provider === 'youtube') {
    const language = ukrainian ? '&hl=uk&cc_lang_pref=uk&cc_load_policy=1' : '';
    return `https://www.youtube-nocookie.com/embed/${id}?autoplay=1${language}`;
  }
  const [, number, hash] = VIMEO_ID.exec(id)!;
  return `https://player.vimeo.com/video/${number}?autoplay=1&dnt=1${hash ? `&h=${hash}` : ''}`;
}

/** The video's page on the host, for readers who prefer to watch there. */
export function watchUrl(provider: 'youtube' | 'vimeo', id: string): string {
  return provider === 'youtube' ? `https://www.youtube.com/watch?v=${id}` : `https://vimeo.com/${id.replace(':', '/')}`;
}

/** YouTube's own thumbnail, only when the webmaster opts in (`youtube-poster`). */
export function youtubePosterUrl(id: string, size: 'maxresdefault' | 'hqdefault'): string {
  return `https://i.ytimg.com/vi/${id}/${size}.jpg`;
}

/** YouTube answers a missing maxresdefault with a 120×90 grey placeholder image. */
export function isYoutubePlaceholder(image: HTMLImageElement): boolean {
  return image.naturalWidth === 120 && image.naturalHeight === 90;
}
