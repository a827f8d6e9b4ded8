// Detects a feed's format from its text (never from the URL or content type)
// and adapts every format to the one model through one lazy item builder, one
// date reader and one warning helper. DOM-free for JSON, so the validator CLI
// shares it (validate.ts gives Node a stand-in DOMParser for feed HTML).
import type { Feed, FeedFormat, Hotline, Guide, NewsImage, NewsItem, Video, VideoCaptions, VideoProvider } from './model.js';
import { FeedError } from './feed-error.js';
import { isObject } from './fields.js';
import { MAX_FEED_BYTES, MAX_TEXT_LENGTH } from './limits.js';
import { isRegionCode } from './region-code.js';
import { collapseSpace, hasText, htmlToText, parseDocument, safeHtmlToText, sanitizeHtml, sanitizeNodes, type SafeHtml } from './safe-html.js';
import { LINK_PROTOCOLS, MEDIA_PROTOCOLS, safeUrl } from './safe-url.js';

export interface ParseOptions {
  /** The response's `Link` header: WordPress puts its next page there. */
  link?: string | null;
}

// JSON from the wire: every read below is checked before it is used.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type J = any;

/** Feed HTML as given, or content already rebuilt from the allowlist (Atom xhtml, plain text). */
type Body = string | SafeHtml | undefined;

const ATOM = 'http://www.w3.org/2005/Atom';
const MRSS = 'http://search.yahoo.com/mrss/';

/** The problems of the feed being parsed, or of the item being read lazily. */
let warnings: string[] = [];
/** The URL of the feed being parsed; while an item is read after parsing, `late` is its feed's, so its problems also reach the console. */
let current = '';
let late = '';

/**
 * Records a problem, naming the field (`items[3].date_published: …`: the path
 * and key are joined only then); undefined, so readers can `return warn(…)`.
 */
function warn(path: string, why: string, key?: string): undefined {
  warnings.push((path = `${key ? `${path}.${key}` : path}: ${why}`));
  if (late) console.warn(`hromada-widgets: ${late}: ${path}`);
}

/** The bad value, short: a string quoted and cut, anything else by its type. */
const show = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value.slice(0, 60)) : typeof value);

const list = (value: unknown, path: string): J[] => (Array.isArray(value) ? value : value == null ? [] : (warn(path, `${show(value)} is not a list`), []));

/** A text field (numbers are text too), cut at the field limit. */
function text(value: unknown, path: string, key?: string): string | undefined {
  if (typeof value === 'number') value = String(value);
  if (value == null) return undefined;
  if (typeof value !== 'string') return warn(path, `${show(value)} is not text`, key);
  if (value.length <= MAX_TEXT_LENGTH) return value;
  warn(path, `is ${value.length} characters long; cut to ${MAX_TEXT_LENGTH}`, key);
  return value.slice(0, MAX_TEXT_LENGTH);
}

const field = (o: J, key: string, path: string) => text(o[key], path, key);

/** A URL resolved against `base`; one with another protocol is dropped with a warning. */
function link(value: unknown, path: string, base: string, protocols = MEDIA_PROTOCOLS): string | undefined {
  const url = safeUrl(value, base, protocols);
  if (!url && typeof value === 'string' && value.trim()) warn(path, `${show(value)} is not a safe link; dropped`);
  return url;
}

/**
 * An object read by a spec: space-separated keys, each with its kind — `!`
 * required (the object is skipped without it), `@` an http(s) URL, `~` plain
 * text, trimmed (markup in it is shown as written), `<` HTML rebuilt from the
 * allowlist; `snake_case` keys become `camelCase` properties (`content_html`
 * becomes `content`).
 */
function record<T>(o: J, path: string, spec: string, base: string): T | undefined {
  const out: J = {};
  for (const [, key, kind] of spec.matchAll(/(\w+)(\S*)/g)) {
    const at = `${path}.${key}`;
    const raw = kind.includes('@') ? link(o[key], at, base) : text(o[key], at);
    const value = kind.includes('~') ? (raw ?? '').trim() : kind.includes('<') ? sanitizeHtml(raw, base) : raw;
    if (kind.includes('!') && !value) return warn(at, 'is missing; skipped');
    if (value !== undefined) out[key.replace(/_html$/, '').replace(/_(\w)/g, (_, c: string) => c.toUpperCase())] = value;
  }
  return out;
}

const region = (value: unknown, path: string, key?: string): string | undefined => {
  const code = text(value, path, key)?.trim().toUpperCase();
  return !code || isRegionCode(code) ? code || undefined : warn(path, `${show(value)} is not a KATOTTG code`, key);
};

const size = (value: unknown, n = Number(value)): number | undefined => (n > 0 && Number.isInteger(n) ? n : undefined);
const image = (url?: string, alt?: string, width?: unknown, height?: unknown): NewsImage | undefined =>
  url ? { url, alt: htmlToText(alt), width: size(width), height: size(height) } : undefined;

/** A title or summary as text: HTML flattened, unless the format says its text is plain (JSON Feed), which is never parsed. */
const bodyText = (body: Body, plain?: boolean): string =>
  typeof body === 'string' ? (plain ? collapseSpace(body) : htmlToText(body)) : body ? safeHtmlToText(body) : '';

/** RFC 3339 / ISO 8601 (JSON Feed, Atom, WordPress), or RFC 822 (RSS): the date part and its day captured. */
const DATE = /^(\d{4}-\d\d-(\d\d))(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?$|^(?:[a-z]+,? *)?((\d\d?) +[a-z]{3,}\.? +(?:\d\d){1,2}) +\d\d?:\d\d(?::\d\d)? *(?:[+-]\d\d:?\d\d|[a-z]{1,5})?$/i;

/** Whether the date part of `v` (which matches DATE), read in UTC, gives back `day`. */
function keepsDay(v: string, day: number): boolean {
  const [, iso, , rfc] = DATE.exec(v)!;
  return new Date(iso ?? `${rfc} Z`).getUTCDate() === day;
}

/**
 * A date field, checked for a real calendar day: undefined when absent, null
 * when present but not a date (the item is then skipped). The browser's own
 * parser reads it; European and Moscow zone names, which it does not know,
 * become offsets first. It rolls "31 Feb" and "2024-02-31" over to March, so
 * the date part alone, read in UTC, must give back the day written.
 */
function date(value: unknown, path: string, key: string): Date | undefined | null {
  if (value == null || value === '') return undefined;
  const v = String(value).trim();
  const iso = v[4] === '-';
  // Zone names only end RFC 822 dates: an ISO date (10,000 of them in a big feed) is read as it is. A date without a time
  // is that day where the reader is (the engine would read it as UTC midnight: the day before, west of Greenwich).
  const time = DATE.test(v) ? Date.parse(iso ? (v[10] ? v : `${v}T00:00`) : v.replace(/(BST|MSK|[WCE]ES?T)$/i, (zone) => `+0${/MSK/i.test(zone) ? 3 : /BST/i.test(zone) ? 1 : 'WCE'.indexOf(zone[0].toUpperCase()) + zone.length - 3}00`)) : NaN;
  const day = iso ? +v.slice(8, 10) : parseInt(v.replace(/^\D+/, ''));
  // Only the 29th to 31st can roll over: only they are captured and read a second time.
  if (time === time && (day < 29 || keepsDay(v, day))) return new Date(time);
  return warn(path, `${show(value)} is not a date; item skipped`, key) ?? null;
}

/** What a format reads of an item at once: what the list needs to filter, order and skip. */
interface Raw {
  id?: string;
  title?: Body;
  summary?: Body;
  content?: Body;
  published?: Date | null;
  region?: string;
  /** Title and summary are plain text (JSON Feed), not HTML. */
  plain?: boolean;
  /** The rest, read when the item is first shown: its links resolved, its image and tags. */
  more: () => { url?: string; image?: NewsImage; tags: unknown[] };
  /** Kept by the item builder: where links resolve, whose warnings, which feed; then what was read. */
  base?: string;
  own?: string[];
  from?: string;
  done?: Lazy;
  html?: SafeHtml;
}

type Lazy = Pick<NewsItem, 'url' | 'title' | 'summary' | 'content' | 'image' | 'tags'>;

/**
 * A news item: id, dates and region are read at once (the list dedupes,
 * orders and filters every item by them); the rest on the first read of any
 * of it, by getters on the prototype (a class: 10,000 object literals with
 * getters cost ten times as much, and no closure is made per item). A
 * 10,000-item feed parses fast, and only the page that is shown pays for its
 * HTML, links and images.
 */
class Item {
  constructor(
    readonly id: string,
    readonly published: Date | undefined,
    readonly region: string | undefined,
    readonly _: Raw,
  ) {}
}
// Enumerable, like own fields, so `for…in` and deep comparisons see them (a spread copies own fields only: read them).
for (const key of 'url title summary content image tags'.split(' ')) {
  Object.defineProperty(Item.prototype, key, { enumerable: true, get: function (this: Item) { return read(this._)[key as keyof Lazy]; } });
}

/** The article body, rebuilt from the allowlist only when read (a list shows it when the reader opens it) or needed for a summary. */
const body = (raw: Raw) => (raw.html ??= typeof raw.content === 'string' ? sanitizeHtml(raw.content, raw.base) : raw.content ?? []);

function read(raw: Raw): Lazy {
  if (!raw.done) {
    warnings = raw.own!;
    late = raw.from!;
    const rest = raw.more();
    const plain = bodyText(raw.summary, raw.plain) || safeHtmlToText(body(raw));
    raw.done = {
      ...rest,
      title: bodyText(raw.title, raw.plain) || plain.slice(0, 120),
      summary: plain,
      get content() {
        return body(raw).length ? raw.html : undefined;
      },
      // Tags are text as given, never parsed.
      tags: rest.tags.map((tag) => (typeof tag === 'string' ? tag.trim() : '')).filter(Boolean),
    };
    late = '';
  }
  return raw.done;
}

/**
 * Whether the item has a full text to offer, told without rebuilding it (see
 * `hasText`): a list draws "read more" for every item it shows, and rebuilds an
 * article only when its reader opens it.
 */
export function hasContent(item: NewsItem): boolean {
  // Every item in the bundle comes from parseFeed: its raw reading is there.
  const raw = (item as unknown as Item)._;
  const content = raw.html ?? raw.content;
  return typeof content === 'string' ? hasText(content) : !!content?.length;
}

/** The one news item builder every format goes through; JSON Feed and WordPress items need their id. */
function newsItem(path: string, base: string, raw: Raw, needsId?: boolean): NewsItem | undefined {
  const { title, published } = raw;
  if (needsId && !raw.id) return warn(path, 'is missing; skipped', 'id');
  if (published === null) return undefined;
  if (![title, raw.summary, raw.content].some((body) => (typeof body === 'string' ? body.trim() : body?.length))) return warn(path, 'no title or text; skipped');
  raw.base = base;
  raw.own = warnings;
  raw.from = current;
  return new Item(raw.id || `${typeof title === 'string' ? title : ''}|${published?.toISOString() ?? ''}`, published, raw.region, raw) as unknown as NewsItem;
}

/** The objects of list field `path`, each adapted (undefined: skipped, the reason already warned). */
function each<T>(value: unknown, path: string, adapt: (o: J, path: string) => T | undefined): T[] {
  return list(value, path).flatMap((o, i) => {
    const at = `${path}[${i}]`;
    return (isObject(o) ? adapt(o, at) : warn(at, 'is not an object; skipped')) ?? [];
  });
}

/** The feed, unless every one of its items was refused: that is an error to show, not an empty list. */
function feed(format: FeedFormat, url: string, raw: unknown[], items: NewsItem[], rest: Partial<Feed> = {}): Feed {
  const result: Feed = { format, url, hotlines: [], guides: [], videos: [], ...rest, items, warnings };
  if (raw.length && !(items.length + result.hotlines.length + result.guides.length + result.videos.length)) {
    throw new FeedError('invalid', `no usable item: ${warnings.slice(0, 3).join('; ')}`, url);
  }
  return result;
}

/** JSON Feed 1.1, and the hromada feed: a JSON Feed with `_hromada` extension objects (SPEC §4). */
function jsonFeed(data: J, url: string): Feed {
  const ext = isObject(data._hromada) ? data._hromada : undefined;
  const feedRegion = region(ext?.region, '_hromada.region');
  // JSON Feed requires `items`; a hromada feed may carry only hotlines or guides, with an empty list.
  if (!Array.isArray(data.items)) throw new FeedError('invalid', `items: ${show(data.items)} is not a list`, url);
  const items = each(data.items, 'items', (o, p) => {
    const content = field(o, 'content_text', p);
    return newsItem(
      p,
      url,
      {
        id: field(o, 'id', p),
        // JSON Feed's title and summary are plain text, like content_text: markup in them is shown as written.
        plain: true,
        title: field(o, 'title', p),
        summary: field(o, 'summary', p) ?? content,
        // Without HTML, the plain text is the article (a long one is clamped in the list): its blank lines are paragraphs;
        // an empty or blank one is none (no "read in full" that opens nothing).
        content:
          field(o, 'content_html', p) ||
          content
            ?.trim()
            .split(/\n\s*\n/)
            .filter(Boolean)
            .map((t) => ({ tag: 'p' as const, children: [t] })),
        // An item only ever updated has its date there (as Atom falls back to `updated`).
        published: o.date_published == null ? date(o.date_modified, p, 'date_modified') : date(o.date_published, p, 'date_published'),
        region: region(o._hromada?.region, p, '_hromada.region') || feedRegion,
        more: () => ({
          url: link(o.url ?? o.external_url, `${p}.url`, url, LINK_PROTOCOLS),
          image: image(link(o.image ?? o.banner_image, `${p}.image`, url), ''),
          tags: list(o.tags, `${p}.tags`),
        }),
      },
      true,
    );
  });
  return feed(ext ? 'hromada' : 'json-feed', url, data.items, items, {
    region: feedRegion,
    language: text(data.language, 'language'),
    nextUrl: link(data.next_url, 'next_url', url),
    hotlines: each(ext?.hotlines, '_hromada.hotlines', (o, p) => {
      const hotline = record<Hotline>(o, p, 'id! phone! label hours time_zone zoom_url@', url);
      if (hotline) hotline.label ??= '';
      return hotline;
    }),
    guides: each(ext?.guides, '_hromada.guides', (o, p) => {
      const guide = record<Guide>(o, p, 'id! title~', url);
      if (guide) guide.sections = each(o.sections, `${p}.sections`, (s, q) => record(s, q, 'id! title~! content_html<', url));
      return guide;
    }),
    videos: each(ext?.videos, '_hromada.videos', (o, p) => {
      const video = record<Video>(o, p, 'id! provider video_id src@ title~ description duration poster@', url);
      if (!video) return undefined;
      const file = (video.provider = (video.provider || 'youtube').toLowerCase() as VideoProvider) === 'file';
      if (!/^(youtube|vimeo|file)$/.test(video.provider)) return warn(p, `${show(video.provider)} unknown; skipped`, 'provider');
      if (!(file ? video.src : video.videoId)) return warn(p, 'is missing; skipped', file ? 'src' : 'video_id');
      // Blank lines are the author's paragraphs: kept, each paragraph flattened to text.
      video.description = video.description?.split(/\n\s*\n/).map(collapseSpace).filter(Boolean).join('\n\n') || undefined;
      video.captions = each(o.captions, `${p}.captions`, (c, q) => {
        const track = record<VideoCaptions>(c, q, 'src@! srclang label', url);
        return track && { ...track, srclang: track.srclang || 'uk', label: track.label || track.srclang || 'uk' };
      });
      return video;
    }),
  });
}

/** The WordPress REST API posts list (`/wp-json/wp/v2/posts?_embed`), paged by the `Link` header. */
function wordPress(posts: unknown[], url: string, linkHeader?: string | null): Feed {
  const items = each(posts, '', (o, p) => {
    // `title.rendered` and friends; a plain string is accepted too (`?_fields` and some plugins flatten them).
    const rendered = (key: string) => text(o[key]?.rendered ?? o[key], p, key);
    return newsItem(
      p,
      url,
      {
        id: field(o, 'id', p),
        title: rendered('title'),
        summary: rendered('excerpt'),
        content: rendered('content'),
        // date_gmt has no zone designator: it is UTC by definition. Without it (`?_fields=date`), `date` is the site's
        // own time, zone-less too: read as the reader's, which a hromada site's readers mostly share, not as UTC.
        published: o.date_gmt === undefined ? date(o.date, p, 'date') : date(/T[\d:]+$/.test(o.date_gmt) ? `${o.date_gmt}Z` : o.date_gmt, p, 'date_gmt'),
        more: () => {
          const embedded = o._embedded ?? {};
          const media = embedded['wp:featuredmedia']?.[0];
          const terms = embedded['wp:term'];
          return {
            url: link(o.link, `${p}.link`, url, LINK_PROTOCOLS),
            // A private or deleted image comes back as an error object: no image, no fuss.
            image: media?.code ? undefined : image(link(media?.source_url, `${p}.source_url`, url), media?.alt_text, media?.media_details?.width, media?.media_details?.height),
            tags: Array.isArray(terms) ? terms.flat().map((term: J) => htmlToText(term?.name)) : [],
          };
        },
      },
      true,
    );
  });
  const next = /<([^>]*)>\s*;\s*rel="?next"?/i.exec(linkHeader ?? '')?.[1];
  return feed('wordpress', url, posts, items, { nextUrl: safeUrl(next, url, MEDIA_PROTOCOLS) });
}

/** The browser's own XML parser; HTML entities that XML does not define (`&nbsp;`) are decoded on a second try. */
function parseXml(body: string, url: string): Element {
  const parse = (markup: string) => parseDocument(markup, 'application/xml');
  const error = (doc: Document) => doc.getElementsByTagName('parsererror')[0];
  let doc = parse(body);
  if (error(doc)) {
    const decode = (entity: string) => [...(parseDocument(entity, 'text/html').body.textContent ?? '')].map((c) => `&#${c.codePointAt(0)};`).join('');
    doc = parse(body.replace(/&\w+;/g, decode));
  }
  const failure = error(doc);
  if (failure) throw new FeedError('parse', `bad XML: ${failure.textContent?.slice(0, 200)}`, url);
  return doc.documentElement;
}

const attr = (element: Element | undefined, name: string) => element?.getAttribute(name) ?? undefined;
/** Child elements by local name (any prefix, so undeclared `media:` or `yandex:` still match), of namespace `ns` if given. */
const kids = (parent: Element, name: string, ns?: string) => [...parent.children].filter((c) => c.localName === name && (!ns || c.namespaceURI === ns));
const kid = (parent: Element, name: string, ns?: string): Element | undefined => kids(parent, name, ns)[0];
/** Text content (CDATA included), trimmed, cut at the field limit; undefined when absent or empty. */
const value = (element?: Element) => element?.textContent?.trim().slice(0, MAX_TEXT_LENGTH) || undefined;
/** The href of the first Atom link of relation `rel` (which defaults to "alternate", RFC 4287 §4.2.7.2). */
const href = (parent: Element, rel: string) => attr(kids(parent, 'link', ATOM).find((l) => (attr(l, 'rel') || 'alternate') === rel), 'href');
/** RSS's own `<link>`, not an Atom one beside it. */
const plainLink = (parent: Element) => value(kids(parent, 'link').find((l) => l.namespaceURI !== ATOM));

/** The first image: an image enclosure (RSS or Atom), else Media RSS content, else a Media RSS thumbnail. */
function xmlImage(element: Element, base: string): NewsImage | undefined {
  let found: NewsImage | undefined;
  const media = (name: string) => [...element.getElementsByTagNameNS(MRSS, name)];
  // An Atom link with an image type is an enclosure whatever its rel (an article link is text/html); a thumbnail is an image by definition.
  [...kids(element, 'enclosure'), ...kids(element, 'link', ATOM), ...media('content'), ...media('thumbnail')].some(
    (c) =>
      // Media RSS content is an image unless its type or medium says otherwise (both are optional there, and often left out).
      (c.localName === 'thumbnail' || /^image/i.test(attr(c, 'type') ?? attr(c, 'medium') ?? (c.localName === 'content' ? 'image' : ''))) &&
      (found = image(safeUrl(attr(c, 'url') ?? attr(c, 'href'), base, MEDIA_PROTOCOLS), value(kid(c, 'description') ?? kid(c, 'title')), attr(c, 'width'), attr(c, 'height'))),
  );
  return found;
}

/** `xml:base`, resolved against the parent's base (getAttribute takes the qualified name). */
const baseOf = (element: Element, parent: string): string => safeUrl(attr(element, 'xml:base'), parent, MEDIA_PROTOCOLS) ?? parent;

/**
 * An Atom text construct (RFC 4287 §3.1), rebuilt against its own xml:base (WordPress puts the post's URL on each
 * content and summary, and its links are relative to that).
 */
function construct(element: Element | undefined, base: string): Body {
  if (!element || element.hasAttribute('src')) return undefined;
  const type = attr(element, 'type');
  base = baseOf(element, base);
  if (type === 'xhtml') return sanitizeNodes(kid(element, 'div', 'http://www.w3.org/1999/xhtml') ?? element, base);
  const v = value(element);
  return v && (type?.endsWith('html') ? sanitizeHtml(v, base) : [v.replace(/\s+/g, ' ')]);
}

/**
 * RSS 2.0 (and RSS 1.0/RDF, whose items sit beside the channel) and Atom 1.0
 * (RFC 4287) through one adapter, a list of element names per format. RSS:
 * enclosure and Media RSS images, categories, and as the body the `full-text`
 * element that hosted hromada-site platforms add, else content:encoded, else
 * the description. Atom: text constructs, links by relation, xml:base.
 */
function xmlFeed(root: Element, url: string, atom: boolean): Feed {
  const ns = atom ? ATOM : undefined;
  // Fallbacks separated by spaces: item | id | summary | content | published.
  const names = (atom ? 'entry|id|summary content|content summary|published updated' : 'item|guid|description|full-text encoded description|pubDate date').split('|');
  // xml:base is XML's own, so RSS may use it too.
  const base = baseOf(root, url);
  const channel = kid(root, 'channel') ?? root;
  const raw = kids(channel, names[0], ns).concat(channel === root ? [] : kids(root, 'item'));
  const items = raw.flatMap((element, i) => {
    const p = `${names[0]}[${i}]`;
    const b = baseOf(element, base);
    const child = (name: string) => kid(element, name, ns);
    /** The first of `names` present, read as an Atom text construct, or as text. */
    const first = (names: string, read: (c?: Element) => Body = atom ? (c) => construct(c, b) : value) => names.split(' ').map((name) => read(child(name))).find(Boolean);
    const stamp = names[4].split(' ').map(child).find(value);
    const guid = child(names[1]);
    const address = atom ? href(element, 'alternate') : plainLink(element) ?? (attr(guid, 'isPermaLink') !== 'false' ? value(guid) : undefined);
    return (
      newsItem(p, b, {
        id: value(guid) ?? address,
        title: first('title'),
        summary: first(names[2]),
        content: first(names[3]),
        published: date(value(stamp), p, stamp?.localName as string),
        more: () => ({
          url: link(address, `${p}.link`, b, LINK_PROTOCOLS),
          image: xmlImage(element, b),
          tags: kids(element, 'category', ns).map((c) => attr(c, 'label') || attr(c, 'term') || value(c)),
        }),
      }) ?? []
    );
  });
  return feed(atom ? 'atom' : 'rss', url, raw, items, {
    language: value(kid(channel, 'language')) ?? attr(root, 'xml:lang'),
    // RFC 5005 paging, as WordPress and others emit it in RSS too.
    nextUrl: safeUrl(href(channel, 'next'), base, MEDIA_PROTOCOLS),
  });
}

/** Detects the format from the text itself (not from the URL or content type) and adapts it. */
export function parseFeed(body: string, url: string, options: ParseOptions = {}): Feed {
  warnings = [];
  current = url;
  if (body.length > MAX_FEED_BYTES) throw new FeedError('too-large', `${body.length} > ${MAX_FEED_BYTES}`, url);
  const source = body.trim();
  const first = source[0];
  if (first === '{' || first === '[') {
    // Deep nesting needs no guard: the engine's JSON parser does not recurse, and neither does any reader here.
    let data: J;
    try {
      data = JSON.parse(source);
    } catch (error) {
      throw new FeedError('parse', `not valid JSON: ${(error as Error).message}`, url);
    }
    if (isObject(data) && /^https?:\/\/jsonfeed\.org\/version\/1/.test(data.version)) return jsonFeed(data, url);
    if (Array.isArray(data) && (!data.length || (isObject(data[0]) && 'id' in data[0]))) return wordPress(data, url, options.link);
    // WordPress's own error object: {"code":"rest_no_route","message":"…","data":{"status":404}}.
    if (typeof data?.code === 'string') throw new FeedError('invalid', `WordPress error ${data.code}: ${data.message}`, url);
    throw new FeedError('format', 'unknown JSON', url);
  }
  if (first !== '<') throw new FeedError(first ? 'format' : 'parse', first ? `not JSON or XML: ${show(source.slice(0, 20))}` : 'empty', url);
  if (/^<(!doctype html|html)[\s>]/i.test(source)) throw new FeedError('format', 'an HTML page, not a feed', url);
  const root = parseXml(source, url);
  const atom = root.localName === 'feed' && root.namespaceURI === ATOM;
  if (atom || root.localName === 'rss' || root.localName === 'RDF') return xmlFeed(root, url, atom);
  throw new FeedError('format', `unknown XML <${root.nodeName}>`, url);
}
