// Detects a feed's format from its text (never from the URL or content type)
// and adapts it to the one model. DOM-free for JSON, so the validator CLI shares it.
import type { Feed } from './model.js';
import { FeedError } from './feed-error.js';
import { adaptJsonFeed, isJsonFeed } from './formats/json-feed.js';
import { adaptWordPress, isWordPress, wordPressError } from './formats/wordpress.js';
import { parseXml } from './formats/xml.js';
import { adaptRss, isRss } from './formats/rss.js';
import { adaptAtom, isAtom } from './formats/atom.js';

/** A feed larger than this is refused rather than parsed. */
export const MAX_FEED_BYTES = 20 * 1024 * 1024;
/** Real feeds nest a handful of levels; thousands is an attack on the parser, refused before parsing. */
export const MAX_JSON_DEPTH = 64;

export interface ParseOptions {
  /** The response's `Link` header: WordPress puts its next page there. */
  link?: string | null;
}

/** Detects the format from the text itself (not from the URL or content type) and adapts it. */
export function parseFeed(body: string, url: string, options: ParseOptions = {}): Feed {
  if (body.length > MAX_FEED_BYTES) throw new FeedError('too-large', `${body.length} characters is more than the ${MAX_FEED_BYTES} limit`, url);
  const text = body.replace(/^\uFEFF/, '').trim();
  if (text === '') throw new FeedError('parse', 'the response is empty', url);
  if (text.startsWith('{') || text.startsWith('[')) return parseJson(text, url, options);
  if (text.startsWith('<')) {
    if (/^(<!--[^]*?-->\s*)*<(!doctype html|html)[\s>]/i.test(text)) {
      throw new FeedError('format', 'an HTML page, not a feed: is the address that of the feed itself?', url);
    }
    const root = parseXml(text, url).documentElement;
    if (isRss(root)) return adaptRss(root, url);
    if (isAtom(root)) return adaptAtom(root, url);
    throw new FeedError('format', `XML, but neither RSS nor Atom (the root element is <${root.nodeName}>)`, url);
  }
  throw new FeedError('format', `not a feed format this version reads (starts with ${JSON.stringify(text.slice(0, 20))})`, url);
}

function parseJson(text: string, url: string, options: ParseOptions): Feed {
  const depth = jsonDepth(text);
  if (depth > MAX_JSON_DEPTH) throw new FeedError('invalid', `JSON nested more than ${MAX_JSON_DEPTH} levels deep; refused`, url);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new FeedError('parse', `not valid JSON: ${(error as Error).message}`, url);
  }
  if (isJsonFeed(data)) return adaptJsonFeed(data, url);
  if (isWordPress(data)) return adaptWordPress(data, url, options.link);
  throw wordPressError(data, url) ?? new FeedError('format', 'JSON, but neither a JSON Feed (no "version": "https://jsonfeed.org/version/1.1") nor a WordPress posts list', url);
}

/** Deepest bracket nesting outside strings; stops counting once past the limit. */
function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i += 1; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth += 1;
      if (depth > max && (max = depth) > MAX_JSON_DEPTH) return max;
    } else if (c === 125 || c === 93) depth -= 1;
  }
  return max;
}
