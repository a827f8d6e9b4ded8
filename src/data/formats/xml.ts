// What RSS and Atom share: the browser's own XML parser (no library), lenient
// about the HTML entities publishers leave in, and small child readers that
// match by local name so prefixes (media:, content:, yandex:) need not be declared right,
// and the image an item carries (enclosure or Media RSS, which Atom feeds use too).
import { FeedError } from '../feed-error.js';
import { MAX_TEXT_LENGTH } from '../fields.js';
import type { NewsImage } from '../model.js';
import { htmlToText, parseDocument } from '../safe-html.js';
import { MEDIA_PROTOCOLS, safeUrl } from '../safe-url.js';

export const MEDIA_RSS = 'http://search.yahoo.com/mrss/';
export const ATOM = 'http://www.w3.org/2005/Atom';

/** HTML entities that XML does not define but feeds use anyway; anything else is a parse error. */
const HTML_ENTITIES: Record<string, number> = {
  nbsp: 160, laquo: 171, raquo: 187, mdash: 8212, ndash: 8211, hellip: 8230, rsquo: 8217, ldquo: 8220, rdquo: 8221, copy: 169,
};

export function parseXml(text: string, url: string): Document {
  if (typeof DOMParser === 'undefined') {
    throw new FeedError('format', 'RSS and Atom need a browser’s XML parser: check this feed on the validator page (demo/validate.html)', url);
  }
  let doc = parseDocument(text, 'application/xml');
  if (hasError(doc)) {
    const fixed = text.replace(/&([a-z]+);/gi, (whole, name: string) => (HTML_ENTITIES[name] ? `&#${HTML_ENTITIES[name]};` : whole));
    if (fixed !== text) doc = parseDocument(fixed, 'application/xml');
  }
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new FeedError('parse', `not well-formed XML: ${error.textContent?.replace(/\s+/g, ' ').trim().slice(0, 200)}`, url);
  return doc;
}

function hasError(doc: Document): boolean {
  return doc.getElementsByTagName('parsererror').length > 0;
}

/** Child elements named `name` (local name, any namespace unless one is given). */
export function children(parent: Element, name: string, ns?: string): Element[] {
  const out: Element[] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === name && (ns === undefined || child.namespaceURI === ns)) out.push(child);
  }
  return out;
}

export function child(parent: Element, name: string, ns?: string): Element | undefined {
  for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
    if (el.localName === name && (ns === undefined || el.namespaceURI === ns)) return el;
  }
  return undefined;
}

/** Text content (CDATA included), trimmed, cut at the field limit; undefined when absent or empty. */
export function text(element: Element | undefined): string | undefined {
  const value = element?.textContent?.trim();
  return value ? value.slice(0, MAX_TEXT_LENGTH) : undefined;
}

export function childText(parent: Element, name: string, ns?: string): string | undefined {
  return text(child(parent, name, ns));
}

/** A positive integer attribute (image width/height), else undefined. */
export function size(element: Element, attribute: string): number | undefined {
  const value = Number(element.getAttribute(attribute));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/** The first image: an image enclosure, else Media RSS content (medium or type image), else its thumbnail. */
export function image(element: Element, base: string): NewsImage | undefined {
  const isImage = (el: Element) => /^image\//i.test(el.getAttribute('type') ?? '') || el.getAttribute('medium') === 'image';
  const media = [...element.getElementsByTagNameNS(MEDIA_RSS, 'content')];
  const candidates = [
    ...children(element, 'enclosure').filter(isImage),
    ...media.filter(isImage),
    ...media.flatMap((el) => children(el, 'thumbnail', MEDIA_RSS)),
    ...element.getElementsByTagNameNS(MEDIA_RSS, 'thumbnail'),
  ];
  for (const candidate of candidates) {
    const url = safeUrl(candidate.getAttribute('url') ?? candidate.getAttribute('href'), base, MEDIA_PROTOCOLS);
    if (!url) continue;
    const alt = candidate.localName === 'content' ? childText(candidate, 'description', MEDIA_RSS) ?? childText(candidate, 'title', MEDIA_RSS) : undefined;
    return { url, alt: htmlToText(alt), width: size(candidate, 'width'), height: size(candidate, 'height') };
  }
  return undefined;
}
