// The feed validator for webmasters: the very adapters the elements use, run
// on a feed's text, with every problem listed. Shared by the demo's validator
// page and the `hromada-widgets validate` CLI (DOM-free for JSON formats).
import type { FeedFormat } from './model.js';
import { FeedError } from './feed-error.js';
import { parseFeed, type ParseOptions } from './parse-feed.js';

export interface ValidationReport {
  /** True when the feed loads with no problem at all. */
  ok: boolean;
  format?: FeedFormat;
  /** Counts of what the elements will show. */
  counts: { items: number; hotlines: number; guides: number; videos: number };
  /** Every problem, each naming its field (`items[3].date_published: …`). */
  problems: string[];
  /** Set when the feed cannot be used at all: the elements show an error. */
  error?: { kind: FeedError['kind']; message: string };
}

export function validateFeed(body: string, url: string, options: ParseOptions = {}): ValidationReport {
  try {
    const feed = parseFeed(body, url, options);
    return {
      ok: feed.warnings.length === 0,
      format: feed.format,
      counts: { items: feed.items.length, hotlines: feed.hotlines.length, guides: feed.guides.length, videos: feed.videos.length },
      problems: feed.warnings,
    };
  } catch (error) {
    const kind = error instanceof FeedError ? error.kind : 'invalid';
    return {
      ok: false,
      counts: { items: 0, hotlines: 0, guides: 0, videos: 0 },
      problems: [],
      error: { kind, message: error instanceof Error ? error.message : String(error) },
    };
  }
}
