// Detects a feed's format from its text (never from the URL or content type)
// and adapts every format to the one model through one item builder, one date
// reader and one warning helper. DOM-free for JSON, so the validator CLI shares it.
import type { Feed, FeedFormat, Hotline, Guide, NewsImage, NewsItem, Video, VideoCaptions, VideoProvider } from './model.js';
import { FeedError } from './feed-error.js';
import { isObject } from './fields.js';
import { MAX_FEED_BYTES, MAX_JSON_DEPTH, MAX_TEXT_LENGTH } from './limits.js';
import { htmlToText, parseDocument, safeHtmlToText, sanitizeHtml, sanitizeNodes, type SafeHtml } from './safe-html.js';
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
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** The problems of the feed being parsed (parsing is synchronous: one feed at a time). */
let warnings: string[] = [];

/** Records a problem, naming the field (`items[3].date_published: …`); undefined, so readers can `return warn(…)`. */
const warn = (path: string, why: string): undefined => void warnings.push(`${path}: ${why}`);

/** The bad value, short: a string quoted and cut, anything else by its type. */
const show = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value.slice(0, 60)) : typeof value);

const list = (value: unknown, path: string): J[] => (Array.isArray(value) ? value : value == null ? [] : (warn(path, `${show(value)} is not a list`), []));

/** A text field (numbers are text too), cut at the field limit. */
function text(value: unknown, path: string): string | undefined {
  if (typeof value === 'number') value = String(value);
  if (value == null) return undefined;
  if (typeof value !== 'string') return warn(path, `${show(value)} is not text`);
  if (value.length <= MAX_TEXT_LENGTH) return value;
  warn(path, `is ${value.length} characters long; cut to ${MAX_TEXT_LENGTH}`);
  return value.slice(0, MAX_TEXT_LENGTH);
}

const field = (o: J, key: string, path: string) => text(o[key], `${path}.${key}`);
const required = (o: J, key: string, path: string) => field(o, key, path) || warn(`${path}.${key}`, 'is missing; skipped');

/**
 * An object read by a spec: space-separated keys, each with its kind — `!`
 * required (the object is skipped without it), `@` an http(s) URL, `~` HTML
 * read as text, `<` HTML rebuilt from the allowlist; `snake_case` keys become
 * `camelCase` properties (`content_html` becomes `content`).
 */
function record<T>(o: J, path: string, spec: string, base: string): T | undefined {
  const out: J = {};
  for (const [, key, kind] of spec.matchAll(/(\w+)(\S*)/g)) {
    const at = `${path}.${key}`;
    const raw = kind.includes('@') ? link(o[key], at, base) : text(o[key], at);
    const value = kind.includes('~') ? htmlToText(raw) : kind.includes('<') ? sanitizeHtml(raw, base) : raw;
    if (kind.includes('!') && !value) return warn(at, 'is missing; skipped');
    if (value !== undefined) out[key.replace(/_html$/, '').replace(/_(\w)/g, (_, c: string) => c.toUpperCase())] = value;
  }
  return out;
}

/** A URL resolved against `base`; one with another protocol is dropped with a warning. */
function link(value: unknown, path: string, base: string, protocols = MEDIA_PROTOCOLS): string | undefined {
  const url = safeUrl(value, base, protocols);
  if (!url && typeof value === 'string' && value.trim()) warn(path, `${show(value)} is not a safe link; dropped`);
  return url;
}

const region = (value: unknown, path: string): string | undefined => {
  const code = text(value, path)?.trim().toUpperCase();
  return !code || /^UA\d{17}$/.test(code) ? code || undefined : warn(path, `${show(value)} is not a KATOTTG code`);
};

const size = (value: unknown): number | undefined => (Number.isInteger(Number(value)) && Number(value) > 0 ? Number(value) : undefined);

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
/** RFC 3339 / ISO 8601 (JSON Feed, Atom, WordPress), or RFC 822 (RSS), day and month captured. */
const DATE = /^(?:\d{4}-(\d\d)-(\d\d)(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?|(?:[a-z]+,? *)?(\d\d?) +([a-z]{3})[a-z]*\.? +(\d\d|\d{4}) +\d\d?:\d\d(?::\d\d)? *(?:[+-]\d{4}|[a-z]{1,5})?)$/i;

/**
 * A date in the formats feeds use, checked for a real calendar day ("31 Feb"
 * and "2024-02-31" are refused, not rolled over to March). The browser's own
 * parser reads it; European and Moscow zone names, which it does not know,
 * become offsets first.
 */
function toDate(value: string): Date | undefined {
  const m = DATE.exec(value);
  if (!m) return undefined;
  const [, isoMonth, isoDay, day = isoDay, month = '', year = value] = m;
  const time = Date.parse(
    isoMonth
      ? value.replace(' ', 'T')
      : value.replace(/(BST|MSK|[WCE]ES?T)$/i, (zone) => `+0${/MSK/i.test(zone) ? 3 : /BST/i.test(zone) ? 1 : 'WCE'.indexOf(zone[0].toUpperCase()) + zone.length - 3}00`),
  );
  const calendar = new Date(Date.UTC(parseInt(year), isoMonth ? +isoMonth - 1 : MONTHS.indexOf(month.toLowerCase()) / 3, +day));
  return calendar.getUTCDate() === +day && time === time ? new Date(time) : undefined;
}

/** A date field: undefined when absent; null when present but not a date (the item is then skipped). */
function date(value: unknown, path: string): Date | undefined | null {
  if (value == null || value === '') return undefined;
  return (typeof value === 'string' && toDate(value.trim())) || (warn(path, `${show(value)} is not a date; item skipped`) ?? null);
}

const bodyText = (body: Body): string => (typeof body === 'string' ? htmlToText(body) : body ? safeHtmlToText(body) : '');

interface Parts extends Partial<Omit<NewsItem, 'title' | 'summary' | 'content' | 'published' | 'updated' | 'tags'>> {
  title?: Body;
  summary?: Body;
  content?: Body;
  published?: Date | null;
  updated?: Date | null;
  tags?: unknown[];
}

/**
 * The one news item builder every format goes through. Summary and content are
 * parsed when an element first reads them: a 10,000-item feed parses fast, and
 * only the page that is shown pays for its HTML.
 */
function newsItem(path: string, base: string, { title, summary, content, tags = [], ...rest }: Parts): NewsItem | undefined {
  if (rest.published === null || rest.updated === null) return undefined;
  let html: SafeHtml | undefined;
  let text: string | undefined;
  const getHtml = () => (html ??= typeof content === 'string' ? sanitizeHtml(content, base) : content ?? []);
  // Computed on first read (spreading and comparing items still work).
  const item = {
    ...rest,
    title: bodyText(title),
    // Tags are text as given, never parsed.
    tags: tags.map((tag) => (typeof tag === 'string' ? tag.trim() : '')).filter(Boolean),
    get summary() {
      return (text ??= bodyText(summary) || safeHtmlToText(getHtml()));
    },
    get content() {
      return getHtml().length ? getHtml() : undefined;
    },
  } as NewsItem;
  if (!item.title && !(item.title = item.summary.slice(0, 120))) return warn(path, 'no title or text; skipped');
  item.id ||= item.url || `${item.title}|${item.published?.toISOString() ?? ''}`;
  return item;
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
    const id = required(o, 'id', p);
    const image = id && link(o.image ?? o.banner_image, `${p}.image`, url);
    const content = field(o, 'content_text', p);
    return id
      ? newsItem(p, url, {
          id,
          url: link(o.url ?? o.external_url, `${p}.url`, url, LINK_PROTOCOLS),
          title: field(o, 'title', p),
          summary: field(o, 'summary', p) ?? (content ? [content] : undefined),
          content: field(o, 'content_html', p),
          image: image ? { url: image, alt: '' } : undefined,
          published: date(o.date_published, `${p}.date_published`),
          updated: date(o.date_modified, `${p}.date_modified`),
          tags: list(o.tags, `${p}.tags`),
          region: region(o._hromada?.region, `${p}._hromada.region`) || feedRegion,
          author: text(o.authors?.[0]?.name, `${p}.authors`),
        })
      : undefined;
  });
  return feed(ext ? 'hromada' : 'json-feed', url, data.items, items, {
    title: text(data.title, 'title'),
    homePageUrl: link(data.home_page_url, 'home_page_url', url),
    language: text(data.language, 'language'),
    region: feedRegion,
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
      const provider = (video.provider = (video.provider || 'youtube').toLowerCase() as VideoProvider);
      if (!/^(youtube|vimeo|file)$/.test(provider)) return warn(`${p}.provider`, `${show(provider)} unknown; skipped`);
      if (!(provider === 'file' ? video.src : video.videoId)) return warn(`${p}.${provider === 'file' ? 'src' : 'video_id'}`, 'is missing; skipped');
      // Blank lines are the author's paragraphs: kept, each paragraph flattened to text.
      video.description = video.description?.split(/\n\s*\n/).map(htmlToText).filter(Boolean).join('\n\n') || undefined;
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
    const id = required(o, 'id', p);
    const embedded = o._embedded ?? {};
    // `title.rendered` and friends; a plain string is accepted too (`?_fields` and some plugins flatten them).
    const rendered = (key: string) => text(o[key]?.rendered ?? o[key], `${p}.${key}`);
    // date_gmt has no zone designator: it is UTC by definition.
    const gmt = (key: string) => date(/T[\d:]+$/.test(o[key]) ? `${o[key]}Z` : o[key], `${p}.${key}`);
    const media = embedded['wp:featuredmedia']?.[0];
    // A private or deleted image comes back as an error object: no image, no fuss.
    const src = media?.code ? undefined : link(media?.source_url, `${p}.source_url`, url);
    const terms = embedded['wp:term'];
    return id
      ? newsItem(p, url, {
          id,
          url: link(o.link, `${p}.link`, url, LINK_PROTOCOLS),
          title: rendered('title'),
          summary: rendered('excerpt'),
          content: rendered('content'),
          image: src ? { url: src, alt: htmlToText(media.alt_text), width: size(media.media_details?.width), height: size(media.media_details?.height) } : undefined,
          published: gmt(o.date_gmt === undefined ? 'date' : 'date_gmt'),
          updated: gmt('modified_gmt'),
          tags: Array.isArray(terms) ? terms.flat().map((term: J) => htmlToText(term?.name)) : [],
          author: text(embedded.author?.[0]?.name, `${p}.author`),
        })
      : undefined;
  });
  const next = /<([^>]*)>\s*;\s*rel="?next"?/i.exec(linkHeader ?? '')?.[1];
  return feed('wordpress', url, posts, items, { nextUrl: safeUrl(next, url, MEDIA_PROTOCOLS) });
}

/** The browser's own XML parser; HTML entities that XML does not define (`&nbsp;`) are decoded on a second try. */
function parseXml(body: string, url: string): Element {
  if (typeof DOMParser === 'undefined') throw new FeedError('format', 'XML needs the validator page, demo/validate.html', url);
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

const attr = (element: Element | undefined, name: string) => element?.getAttribute(name);
/** Child elements by local name (any prefix, so undeclared `media:` or `yandex:` still match), of namespace `ns` if given. */
const kids = (parent: Element, name: string, ns?: string) => [...parent.children].filter((c) => c.localName === name && (!ns || c.namespaceURI === ns));
const kid = (parent: Element, name: string, ns?: string): Element | undefined => kids(parent, name, ns)[0];
/** Text content (CDATA included), trimmed, cut at the field limit; undefined when absent or empty. */
const value = (element?: Element) => element?.textContent?.trim().slice(0, MAX_TEXT_LENGTH) || undefined;
/** Atom links of relation `rel` (which defaults to "alternate", RFC 4287 §4.2.7.2). */
const links = (parent: Element, rel: string) => kids(parent, 'link', ATOM).filter((l) => (attr(l, 'rel') || 'alternate') === rel);
const atomLink = (parent: Element, rel: string, base: string) => safeUrl(attr(links(parent, rel)[0], 'href'), base, MEDIA_PROTOCOLS);

/** The first image: an image enclosure (RSS or Atom), else Media RSS content, else a Media RSS thumbnail. */
function image(element: Element, base: string): NewsImage | undefined {
  const isImage = (c: Element) => /^image\//i.test(attr(c, 'type') ?? '') || attr(c, 'medium') === 'image';
  const candidates = [...kids(element, 'enclosure'), ...links(element, 'enclosure'), ...element.getElementsByTagNameNS(MRSS, 'content')].filter(isImage);
  for (const c of [...candidates, ...element.getElementsByTagNameNS(MRSS, 'thumbnail')]) {
    const url = safeUrl(attr(c, 'url') ?? attr(c, 'href'), base, MEDIA_PROTOCOLS);
    const alt = value(kid(c, 'description', MRSS) ?? kid(c, 'title', MRSS));
    if (url) return { url, alt: htmlToText(alt), width: size(attr(c, 'width')), height: size(attr(c, 'height')) };
  }
  return undefined;
}

/**
 * RSS 2.0 (and RSS 1.0/RDF, whose items sit beside the channel): enclosure and
 * Media RSS images, categories, and as the body the `full-text` element that
 * hosted hromada-site platforms add, else content:encoded, else the description.
 */
function rss(root: Element, url: string): Feed {
  const channel = kid(root, 'channel') ?? root;
  const raw = kids(channel, 'item').concat(channel === root ? [] : kids(root, 'item'));
  const plainLink = (parent: Element) => value(kids(parent, 'link').find((l) => l.namespaceURI !== ATOM));
  const items = raw.flatMap((element, i) => {
    const p = `item[${i}]`;
    const child = (name: string) => value(kid(element, name));
    const guid = kid(element, 'guid');
    const description = child('description');
    return (
      newsItem(p, url, {
        id: value(guid),
        url: safeUrl(plainLink(element), url) ?? (attr(guid, 'isPermaLink') !== 'false' ? safeUrl(value(guid), url) : undefined),
        title: child('title'),
        summary: description,
        content: child('full-text') ?? child('encoded') ?? description,
        image: image(element, url),
        published: date(child('pubDate') ?? child('date'), `${p}.pubDate`),
        tags: kids(element, 'category').map(value),
        author: child('creator') ?? child('author'),
      }) ?? []
    );
  });
  return feed('rss', url, raw, items, {
    title: htmlToText(value(kid(channel, 'title'))) || undefined,
    homePageUrl: safeUrl(plainLink(channel), url, MEDIA_PROTOCOLS),
    language: value(kid(channel, 'language')),
    // RFC 5005 paging, as WordPress and others emit it in RSS.
    nextUrl: atomLink(channel, 'next', url),
  });
}

/** `xml:base`, resolved against the parent's base. */
function baseOf(element: Element, parent: string): string {
  try {
    return new URL(element.getAttributeNS(XML_NS, 'base') ?? '', parent).href;
  } catch {
    return parent;
  }
}

/** An Atom text construct (RFC 4287 §3.1): type html as given; text and xhtml already rebuilt. */
function construct(element: Element | undefined, base: string): Body {
  if (!element || element.hasAttribute('src')) return undefined;
  const type = attr(element, 'type');
  if (type === 'xhtml') return sanitizeNodes(kid(element, 'div', 'http://www.w3.org/1999/xhtml') ?? element, base);
  const v = value(element);
  return type === 'html' || type === 'text/html' ? v : v ? [v.replace(/\s+/g, ' ')] : undefined;
}

/** Atom 1.0 (RFC 4287): text constructs, links by relation, published/updated, category label or term, xml:base. */
function atom(root: Element, url: string): Feed {
  const base = baseOf(root, url);
  const raw = kids(root, 'entry', ATOM);
  const items = raw.flatMap((entry, i) => {
    const p = `entry[${i}]`;
    const b = baseOf(entry, base);
    const child = (name: string) => kid(entry, name, ATOM);
    const summary = construct(child('summary'), b);
    const content = construct(child('content'), b);
    const published = value(child('published'));
    const updated = date(value(child('updated')), `${p}.updated`);
    return (
      newsItem(p, b, {
        id: value(child('id')),
        url: atomLink(entry, 'alternate', b),
        title: construct(child('title'), b),
        summary: summary ?? content,
        content: content ?? summary,
        image: image(entry, b),
        published: published ? date(published, `${p}.published`) : updated,
        updated,
        tags: kids(entry, 'category', ATOM).map((c) => attr(c, 'label') || attr(c, 'term')),
        author: value(kid(child('author') ?? entry, 'name', ATOM)),
      }) ?? []
    );
  });
  return feed('atom', url, raw, items, {
    title: bodyText(construct(kid(root, 'title', ATOM), base)) || undefined,
    homePageUrl: atomLink(root, 'alternate', base),
    language: root.getAttributeNS(XML_NS, 'lang') || undefined,
    nextUrl: atomLink(root, 'next', base),
  });
}

/** Detects the format from the text itself (not from the URL or content type) and adapts it. */
export function parseFeed(body: string, url: string, options: ParseOptions = {}): Feed {
  warnings = [];
  if (body.length > MAX_FEED_BYTES) throw new FeedError('too-large', `${body.length} > ${MAX_FEED_BYTES}`, url);
  const source = body.trim();
  const first = source[0];
  if (first === '{' || first === '[') {
    // Deepest bracket nesting outside strings, refused before JSON.parse sees it.
    for (let i = 0, depth = 0, inString = false; i < source.length; i += 1) {
      const c = source[i];
      if (inString) {
        if (c === '\\') i += 1;
        else inString = c !== '"';
      } else if (c === '"') inString = true;
      else if ((depth += c === '{' || c === '[' ? 1 : c === '}' || c === ']' ? -1 : 0) > MAX_JSON_DEPTH) {
        throw new FeedError('invalid', `JSON nested over ${MAX_JSON_DEPTH} deep`, url);
      }
    }
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
  if (first !== '<') throw new FeedError(first ? 'format' : 'parse', first ? `not JSON or XML: ${show(source.slice(0, 20))}` : 'the response is empty', url);
  if (/^<(!doctype html|html)[\s>]/i.test(source)) throw new FeedError('format', 'an HTML page, not a feed', url);
  const root = parseXml(source, url);
  if (root.localName === 'rss' || root.localName === 'RDF') return rss(root, url);
  if (root.localName === 'feed' && root.namespaceURI === ATOM) return atom(root, url);
  throw new FeedError('format', `unknown XML <${root.nodeName}>`, url);
}
