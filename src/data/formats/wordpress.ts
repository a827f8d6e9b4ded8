// The WordPress REST API posts list (`/wp-json/wp/v2/posts?_embed`): rendered
// HTML fields, GMT dates, the featured image and term names from `_embedded`,
// and paging from the `Link: <…>; rel="next"` header.
import type { Feed, NewsImage, NewsItem } from '../model.js';
import { FeedError } from '../feed-error.js';
import { Problems, describe, isObject, readArray, readIsoDate, readText, requireUsable, skipIfBadDate } from '../fields.js';
import { htmlToText } from '../safe-html.js';
import { withText } from '../news-text.js';
import { MEDIA_PROTOCOLS, safeUrl } from '../safe-url.js';

/** An array of objects that look like posts (or an empty page of them). */
export function isWordPress(data: unknown): data is unknown[] {
  return Array.isArray(data) && (data.length === 0 || (isObject(data[0]) && 'id' in data[0] && ('title' in data[0] || 'link' in data[0])));
}

/** WordPress's own error object, e.g. `{"code":"rest_no_route","message":"…","data":{"status":404}}`. */
export function wordPressError(data: unknown, url: string): FeedError | undefined {
  if (!isObject(data) || typeof data.code !== 'string' || typeof data.message !== 'string') return undefined;
  return new FeedError('invalid', `WordPress answered with an error: ${data.code}: ${data.message}`, url);
}

export function adaptWordPress(posts: unknown[], url: string, linkHeader?: string | null): Feed {
  const problems = new Problems();
  const items: NewsItem[] = [];
  posts.forEach((raw, index) => {
    const item = adaptPost(raw, `[${index}]`, url, problems);
    if (item) items.push(item);
  });
  const next = /<([^>]*)>\s*;\s*rel="?next"?/i.exec(linkHeader ?? '')?.[1];
  return requireUsable(
    { format: 'wordpress', url, items, nextUrl: safeUrl(next, url, MEDIA_PROTOCOLS), hotlines: [], guides: [], videos: [], warnings: problems.warnings },
    posts.length,
    url,
  );
}

/** `title.rendered` and friends; a plain string is accepted too (`?_fields` and some plugins flatten them). */
function rendered(value: unknown, path: string, problems: Problems): string | undefined {
  return isObject(value) ? readText(value.rendered, `${path}.rendered`, problems) : readText(value, path, problems);
}

function adaptPost(raw: unknown, path: string, base: string, problems: Problems): NewsItem | undefined {
  if (!isObject(raw)) {
    problems.add(path, 'is not an object; skipped');
    return undefined;
  }
  const id = readText(raw.id, `${path}.id`, problems);
  if (!id) {
    problems.add(`${path}.id`, 'is missing; post skipped');
    return undefined;
  }
  // date_gmt has no zone designator: it is UTC by definition.
  const gmt = (value: unknown) => (typeof value === 'string' && /T\d\d:\d\d(:\d\d)?$/.test(value) ? `${value}Z` : value);
  const publishedRaw = raw.date_gmt ?? raw.date;
  const published = readIsoDate(gmt(publishedRaw), `${path}.${raw.date_gmt !== undefined ? 'date_gmt' : 'date'}`, problems);
  if (skipIfBadDate(publishedRaw, published, problems)) return undefined;
  const embedded = isObject(raw._embedded) ? raw._embedded : {};
  const terms = readArray(embedded['wp:term'], `${path}._embedded.wp:term`, problems).flat();
  const author = readArray(embedded.author, `${path}._embedded.author`, problems)[0];
  const item = withText(
    {
      id,
      url: safeUrl(raw.link, base),
      image: featured(readArray(embedded['wp:featuredmedia'], `${path}._embedded.wp:featuredmedia`, problems)[0], `${path}._embedded.wp:featuredmedia[0]`, base, problems),
      published,
      updated: readIsoDate(gmt(raw.modified_gmt), `${path}.modified_gmt`, problems),
      tags: terms.filter(isObject).map((term) => htmlToText(term.name)).filter(Boolean),
      author: isObject(author) ? readText(author.name, `${path}._embedded.author[0].name`, problems) : undefined,
    },
    {
      title: rendered(raw.title, `${path}.title`, problems),
      summaryHtml: rendered(raw.excerpt, `${path}.excerpt`, problems),
      contentHtml: rendered(raw.content, `${path}.content`, problems),
    },
    base,
  );
  if (!item) problems.add(path, 'has neither title nor text; skipped');
  return item;
}

function featured(media: unknown, path: string, base: string, problems: Problems): NewsImage | undefined {
  // A private or deleted image comes back as an error object: no image, no fuss.
  if (!isObject(media) || media.code !== undefined) return undefined;
  const url = safeUrl(media.source_url, base, MEDIA_PROTOCOLS);
  if (!url) {
    if (media.source_url !== undefined) problems.add(`${path}.source_url`, `${describe(media.source_url)} is not an http(s) URL; image dropped`);
    return undefined;
  }
  const details = isObject(media.media_details) ? media.media_details : {};
  const dimension = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined);
  return { url, alt: htmlToText(readText(media.alt_text, `${path}.alt_text`, problems)), width: dimension(details.width), height: dimension(details.height) };
}
