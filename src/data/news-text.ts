// A news item's title, summary and body from whatever HTML the feed gave,
// with the parsing deferred until an element reads them: a 10,000-item feed
// parses fast, and only the page that is shown pays for its HTML.
import type { NewsItem } from './model.js';
import { htmlToText, safeHtmlToText, sanitizeHtml, type SafeHtml } from './safe-html.js';

export interface TextSources {
  /** May hold HTML entities or markup (RSS and WordPress titles do). */
  title?: string;
  summaryHtml?: string;
  summaryText?: string;
  contentHtml?: string;
}

/** Whether `html` has any text outside tags: a cheap check that needs no parse. */
const hasText = (html: string | undefined): boolean => !!html && /[^\s]/.test(html.replace(/<[^>]*>?|&nbsp;|&#160;/g, ''));

/**
 * Completes `item` with title, summary and content, or returns undefined when
 * there is no text at all (the caller skips the item with a warning).
 */
export function withText(item: Omit<NewsItem, 'title' | 'summary' | 'content'>, sources: TextSources, base: string): NewsItem | undefined {
  const title = htmlToText(sources.title);
  let content: SafeHtml | undefined;
  const getContent = () => (content ??= sanitizeHtml(sources.contentHtml, base));
  let summary: string | undefined;
  const getSummary = () =>
    (summary ??= htmlToText(sources.summaryHtml) || sources.summaryText?.replace(/\s+/g, ' ').trim() || safeHtmlToText(getContent()));
  if (!title) {
    // Rare: the title is made from the text, so the text is needed now.
    if (!hasText(sources.summaryHtml) && !hasText(sources.summaryText) && !hasText(sources.contentHtml)) return undefined;
    if (!getSummary()) return undefined;
  }
  const result = item as NewsItem;
  result.title = title || getSummary().slice(0, 120);
  lazy(result, 'summary', getSummary);
  lazy(result, 'content', () => (getContent().length ? getContent() : undefined));
  return result;
}

/** A property computed on first read, then an ordinary value (so spreading and comparing items work). */
function lazy<K extends 'summary' | 'content'>(target: NewsItem, key: K, compute: () => NewsItem[K]): void {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, { value, configurable: true, enumerable: true, writable: true });
      return value;
    },
    set(value: NewsItem[K]) {
      Object.defineProperty(target, key, { value, configurable: true, enumerable: true, writable: true });
    },
  });
}
