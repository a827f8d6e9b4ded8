// The feed validator for webmasters: the very adapters the elements use, run
// on a feed's text, with every problem listed, plus the checks only a
// webmaster needs (the elements cope without them). Shared by the demo's
// validator page and the `hromada-widgets validate` CLI; never in the bundle.
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

/**
 * Node (the CLI) has no DOMParser. This stand-in gives feed HTML's text,
 * roughly (enough to tell text from none: nothing is rendered there), and
 * refuses XML with a pointer to the validator page, which runs in a browser.
 */
if (typeof DOMParser === 'undefined') {
  (globalThis as { DOMParser?: unknown }).DOMParser = class {
    parseFromString(markup: string, type: string) {
      if (type !== 'text/html') throw new FeedError('format', 'XML needs the validator page, demo/validate.html', '');
      return { body: { firstChild: { nodeType: 3, nodeValue: markup.replace(/<[^>]*>/g, ' ') } } };
    }
  };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function jsonExtension(body: string): unknown {
  try {
    return (JSON.parse(body) as { _hromada?: unknown })._hromada;
  } catch {
    return undefined;
  }
}

export function validateFeed(body: string, url: string, options: ParseOptions = {}): ValidationReport {
  try {
    const feed = parseFeed(body, url, options);
    // Items read their links, images and tags when first shown: read them all now, so their problems are listed too.
    for (const item of feed.items) void item.url;
    const problems = [...feed.warnings];
    // The elements read what they can of an extension of another shape or version; the webmaster should hear of it.
    const extension = /^\s*\{/.test(body) ? jsonExtension(body) : undefined;
    const version = (extension as { version?: unknown } | undefined)?.version;
    if (extension !== undefined && (typeof extension !== 'object' || !extension || Array.isArray(extension))) problems.unshift('_hromada: is not an object');
    else if (version !== undefined && version !== 1) problems.unshift(`_hromada.version: ${JSON.stringify(version)} is not 1`);
    // The hotline falls back to Europe/Kyiv for a zone it does not know; the webmaster should hear of it.
    feed.hotlines.forEach((hotline, index) => {
      if (hotline.timeZone && !isTimeZone(hotline.timeZone)) {
        problems.push(`_hromada.hotlines[${index}].time_zone: ${JSON.stringify(hotline.timeZone)} is not an IANA time zone (like "Europe/Kyiv")`);
      }
    });
    return {
      ok: problems.length === 0,
      format: feed.format,
      counts: { items: feed.items.length, hotlines: feed.hotlines.length, guides: feed.guides.length, videos: feed.videos.length },
      problems,
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
