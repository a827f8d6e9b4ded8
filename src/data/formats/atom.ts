// Atom 1.0 (RFC 4287): text constructs of type text, html and xhtml,
// link rel="alternate"/"enclosure"/"next", published/updated, category term, xml:base.
import type { Feed, NewsItem } from '../model.js';
import { Problems, readIsoDate, requireUsable, skipIfBadDate } from '../fields.js';
import { nodeText, safeHtmlToText, sanitizeHtml, sanitizeNodes, type SafeHtml } from '../safe-html.js';
import { MEDIA_PROTOCOLS, safeUrl } from '../safe-url.js';
import { ATOM, child, childText, children, image as mediaImage, size, text } from './xml.js';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export function isAtom(root: Element): boolean {
  return root.localName === 'feed' && root.namespaceURI === ATOM;
}

export function adaptAtom(root: Element, url: string): Feed {
  const problems = new Problems();
  const base = baseOf(root, url);
  const raw = children(root, 'entry', ATOM);
  const items: NewsItem[] = [];
  raw.forEach((entry, index) => {
    const item = adaptEntry(entry, `entry[${index}]`, baseOf(entry, base), problems);
    if (item) items.push(item);
  });
  const feed: Feed = {
    format: 'atom',
    url,
    title: construct(child(root, 'title', ATOM), base).text || undefined,
    homePageUrl: link(root, 'alternate', base),
    language: root.getAttributeNS(XML_NS, 'lang') || undefined,
    items,
    nextUrl: link(root, 'next', base),
    hotlines: [],
    guides: [],
    videos: [],
    warnings: problems.warnings,
  };
  return requireUsable(feed, raw.length, url);
}

function baseOf(element: Element, parent: string): string {
  const declared = element.getAttributeNS(XML_NS, 'base');
  if (!declared) return parent;
  try {
    return new URL(declared, parent).href;
  } catch {
    return parent;
  }
}

/** `rel` defaults to "alternate" (RFC 4287 §4.2.7.2). */
function links(parent: Element, rel: string): Element[] {
  return children(parent, 'link', ATOM).filter((el) => (el.getAttribute('rel') || 'alternate') === rel);
}

function link(parent: Element, rel: string, base: string): string | undefined {
  return safeUrl(links(parent, rel)[0]?.getAttribute('href'), base, MEDIA_PROTOCOLS);
}

/** A text construct (RFC 4287 §3.1) as safe HTML and as text. */
function construct(element: Element | undefined, base: string): { html: SafeHtml; text: string } {
  if (!element || element.hasAttribute('src')) return { html: [], text: '' };
  const type = element.getAttribute('type') ?? 'text';
  if (type === 'xhtml') {
    const div = child(element, 'div', 'http://www.w3.org/1999/xhtml') ?? element;
    return { html: sanitizeNodes(div, base), text: nodeText(div) };
  }
  const value = text(element) ?? '';
  if (type === 'html' || type === 'text/html') {
    const html = sanitizeHtml(value, base);
    return { html, text: safeHtmlToText(html) };
  }
  const plain = value.replace(/\s+/g, ' ');
  return { html: plain ? [plain] : [], text: plain };
}

function adaptEntry(entry: Element, path: string, base: string, problems: Problems): NewsItem | undefined {
  const title = construct(child(entry, 'title', ATOM), base).text;
  const summary = construct(child(entry, 'summary', ATOM), base);
  const content = construct(child(entry, 'content', ATOM), base);
  const summaryText = summary.text || content.text;
  if (!title && !summaryText) {
    problems.add(path, 'has neither title nor text; skipped');
    return undefined;
  }
  const publishedText = childText(entry, 'published', ATOM);
  const updatedText = childText(entry, 'updated', ATOM);
  const published = readIsoDate(publishedText, `${path}.published`, problems);
  if (skipIfBadDate(publishedText, published, problems)) return undefined;
  const updated = readIsoDate(updatedText, `${path}.updated`, problems);
  if (!published && skipIfBadDate(updatedText, updated, problems)) return undefined;
  const url = link(entry, 'alternate', base);
  const enclosure = links(entry, 'enclosure').find((el) => /^image\//i.test(el.getAttribute('type') ?? ''));
  const enclosureUrl = enclosure && safeUrl(enclosure.getAttribute('href'), base, MEDIA_PROTOCOLS);
  const html = content.html.length ? content.html : summary.html;
  return {
    id: childText(entry, 'id', ATOM) ?? url ?? `${title}|${publishedText ?? updatedText ?? ''}`,
    url,
    title: title || summaryText.slice(0, 120),
    summary: summaryText,
    content: html.length ? html : undefined,
    image: enclosureUrl ? { url: enclosureUrl, alt: enclosure.getAttribute('title') ?? '', width: size(enclosure, 'width'), height: size(enclosure, 'height') } : mediaImage(entry, base),
    published: published ?? updated,
    updated,
    tags: children(entry, 'category', ATOM)
      .map((category) => (category.getAttribute('label') || category.getAttribute('term') || '').trim())
      .filter(Boolean),
    author: childText(child(entry, 'author', ATOM) ?? entry, 'name', ATOM),
  };
}
