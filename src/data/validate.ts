// The feed validator for webmasters: the very adapters the elements use, run
// on a feed's text, with every problem listed, plus the checks only a
// webmaster needs (the elements cope without them). Shared by the demo's
// validator page and the `hromada-widgets validate` CLI; never in the bundle.
// It imports nothing that needs the localization runtime: the page loads it unbundled.
import type { FeedFormat } from './model.js';
import { FeedError } from './feed-error.js';
import { parseFeed, type ParseOptions } from './parse-feed.js';
import { parsePhone } from '../components/hotline/phone.js';
import { parseHours } from '../components/hotline/hours.js';
import { HOSTS } from '../components/video/providers.js';

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

/** The elements' terse causes, said so that a webmaster knows what to change. */
const HINTS: Record<string, string> = {
  'unknown JSON': 'not a feed the widgets read: a hromada feed or JSON Feed needs "version": "https://jsonfeed.org/version/1.1" and "items"; WordPress, the list of /wp-json/wp/v2/posts',
  'items: undefined is not a list': 'items: is missing; a feed needs "items": [] even when it has no news',
};

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
    // What the elements show in a lesser form, each with a console message only: the webmaster should hear of it.
    feed.hotlines.forEach(({ phone, hours, timeZone }, index) => {
      const at = `_hromada.hotlines[${index}]`;
      if (!parsePhone(phone)) problems.push(`${at}.phone: ${JSON.stringify(phone)} is not a Ukrainian phone number; shown as written, without a link`);
      if (hours && !parseHours(hours)) problems.push(`${at}.hours: ${JSON.stringify(hours)} cannot be read (like "09:00-20:00" or "пн-пт 9-18"); shown as written, with no "open now"`);
      if (timeZone && !isTimeZone(timeZone)) problems.push(`${at}.time_zone: ${JSON.stringify(timeZone)} is not an IANA time zone (like "Europe/Kyiv")`);
    });
    feed.guides.forEach(({ sections }, index) => {
      if (!sections.length) problems.push(`_hromada.guides[${index}].sections: none; the guide has nothing to show`);
    });
    feed.videos.forEach(({ provider, videoId }, index) => {
      const [pattern, host] = HOSTS[provider] ?? [];
      if (pattern && !pattern.test(videoId!)) problems.push(`_hromada.videos[${index}].video_id: ${JSON.stringify(videoId)} is not a ${host} id; the card shows a message instead of the video`);
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
      error: { kind, message: HINTS[String((error as Error)?.message ?? error)] ?? (error instanceof Error ? error.message : String(error)) },
    };
  }
}
