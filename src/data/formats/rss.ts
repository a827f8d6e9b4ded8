// RSS 2.0 (and RSS 1.0/RDF, which differs only in where items sit): enclosure
// and Media RSS images, categories, content:encoded, and the `full-text`
// (`yandex:full-text`) body element that hosted hromada-site platforms add.
import type { Feed, NewsItem } from '../model.js';
import { Problems, readRfc822Date, requireUsable, skipIfBadDate } from '../fields.js';
import { htmlToText } from '../safe-html.js';
import { withText } from '../news-text.js';
import { MEDIA_PROTOCOLS, safeUrl } from '../safe-url.js';
import { ATOM, child, childText, children, image, text } from './xml.js';

export function isRss(root: Element): boolean {
  return root.localName === 'rss' || root.localName === 'RDF';
}

export function adaptRss(root: Element, url: string): Feed {
  const problems = new Problems();
  const channel = child(root, 'channel') ?? root;
  // RSS 2.0 nests items in the channel; RSS 1.0 puts them beside it.
  const raw = children(channel, 'item').concat(channel === root ? [] : children(root, 'item'));
  const items: NewsItem[] = [];
  raw.forEach((element, index) => {
    const item = adaptItem(element, `item[${index}]`, url, problems);
    if (item) items.push(item);
  });
  const atomLink = (rel: string) => children(channel, 'link', ATOM).find((link) => link.getAttribute('rel') === rel)?.getAttribute('href');
  const feed: Feed = {
    format: 'rss',
    url,
    title: htmlToText(childText(channel, 'title')) || undefined,
    homePageUrl: safeUrl(text(children(channel, 'link').find((link) => link.namespaceURI !== ATOM)), url, MEDIA_PROTOCOLS),
    language: childText(channel, 'language'),
    items,
    // RFC 5005 paging, as WordPress and others emit it in RSS.
    nextUrl: safeUrl(atomLink('next'), url, MEDIA_PROTOCOLS),
    hotlines: [],
    guides: [],
    videos: [],
    warnings: problems.warnings,
  };
  return requireUsable(feed, raw.length, url);
}

function adaptItem(element: Element, path: string, base: string, problems: Problems): NewsItem | undefined {
  const plainLink = children(element, 'link').find((link) => link.namespaceURI !== ATOM);
  const guid = child(element, 'guid');
  const guidText = text(guid);
  const link = safeUrl(text(plainLink), base) ?? (guid?.getAttribute('isPermaLink') !== 'false' ? safeUrl(guidText, base) : undefined);
  const description = childText(element, 'description');
  const dateText = childText(element, 'pubDate') ?? childText(element, 'date');
  const published = readRfc822Date(dateText, `${path}.pubDate`, problems);
  if (skipIfBadDate(dateText, published, problems)) return undefined;
  const titleText = childText(element, 'title');
  const item = withText(
    {
      id: guidText ?? link ?? `${titleText}|${dateText ?? ''}`,
      url: link,
      image: image(element, base),
      published,
      tags: children(element, 'category').map((category) => text(category)).filter((tag): tag is string => !!tag),
      author: childText(element, 'creator') ?? childText(element, 'author'),
    },
    { title: titleText, summaryHtml: description, contentHtml: childText(element, 'full-text') ?? childText(element, 'encoded') ?? description },
    base,
  );
  if (!item) problems.add(path, 'has neither title nor description; skipped');
  return item;
}
