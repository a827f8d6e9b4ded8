// The one model every feed format is adapted to, and that every element renders.
// Text fields are plain text; HTML fields are already rebuilt from the allowlist.
import type { SafeHtml } from './safe-html.js';

export type FeedFormat = 'hromada' | 'json-feed' | 'rss' | 'atom' | 'wordpress';

export interface NewsImage {
  /** Absolute http(s) URL. */
  url: string;
  alt: string;
  width?: number;
  height?: number;
}

export interface NewsItem {
  id: string;
  /** Absolute, protocol-checked link to the full article. */
  url?: string;
  title: string;
  /** Plain text: the text content of an inert parse of whatever the feed gave. */
  summary: string;
  content?: SafeHtml;
  image?: NewsImage;
  published?: Date;
  tags: string[];
  /** KATOTTG code: the item's own, else the feed's `_hromada.region`. */
  region?: string;
}

export interface Hotline {
  id: string;
  label: string;
  phone: string;
  hours?: string;
  timeZone?: string;
  zoomUrl?: string;
}

export interface GuideSection {
  id: string;
  title: string;
  content: SafeHtml;
}

export interface Guide {
  id: string;
  title: string;
  sections: GuideSection[];
}

export type VideoProvider = 'youtube' | 'vimeo' | 'file';

export interface VideoCaptions {
  src: string;
  srclang: string;
  label: string;
}

export interface Video {
  id: string;
  provider: VideoProvider;
  /** YouTube or Vimeo id, validated by the element before any player is built. */
  videoId?: string;
  /** provider "file": the video file's URL. */
  src?: string;
  title: string;
  description?: string;
  /** ISO 8601 duration as given, e.g. `PT4M12S`. */
  duration?: string;
  poster?: string;
  captions: VideoCaptions[];
}

export interface Feed {
  format: FeedFormat;
  /** The URL the feed was loaded from; relative URLs in it were resolved against this. */
  url: string;
  /** The feed's own KATOTTG region (`_hromada.region`). */
  region?: string;
  /** The language of its text (JSON Feed `language`, RSS `<language>`, Atom `xml:lang`): a BCP 47 tag, for `lang` on that text. */
  language?: string;
  items: NewsItem[];
  nextUrl?: string;
  hotlines: Hotline[];
  guides: Guide[];
  videos: Video[];
  /** One line per skipped item or field, e.g. `items[3].date_published: "31.02.2024" is not a date`. */
  warnings: string[];
}
