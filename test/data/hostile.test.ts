import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/load-feed.js';
import { FeedError } from '../../src/data/feed-error.js';
import { MAX_TEXT_LENGTH } from '../../src/data/limits.js';
import { SAFE_HTML_LIMITS, sanitizeHtml } from '../../src/data/safe-html.js';

const URL_BASE = 'https://example.gov.ua/feed.json';
const jsonFeed = (items: unknown[]) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items });
const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as FeedError;
  }
  throw new Error('did not fail');
};
const depth = (nodes: readonly unknown[]): number =>
  nodes.reduce<number>((max, node) => (typeof node === 'object' && node ? Math.max(max, 1 + depth((node as { children: unknown[] }).children)) : max), 0);

describe('hostile sizes', () => {
  it('reads a 5 MB JSON feed', () => {
    const paragraph = `<p>${'Громада відновлює водопостачання. '.repeat(30)}</p>`;
    const items = Array.from({ length: 4000 }, (_, i) => ({ id: String(i), title: `Новина ${i}`, content_html: paragraph, date_published: '2024-05-01T10:00:00+03:00' }));
    const body = jsonFeed(items);
    expect(new TextEncoder().encode(body).length).to.be.above(5 * 1024 * 1024);
    const feed = parseFeed(body, URL_BASE);
    expect(feed.items).to.have.length(4000);
    expect(feed.warnings).to.deep.equal([]);
  });

  it('reads a 5 MB RSS feed', () => {
    const description = `<![CDATA[<p>${'Громада відновлює водопостачання. '.repeat(30)}</p>]]>`;
    const item = (i: number) => `<item><title>Новина ${i}</title><link>/n/${i}</link><pubDate>Wed, 01 May 2024 10:00:00 +0300</pubDate><description>${description}</description></item>`;
    const body = `<rss version="2.0"><channel><title>Г</title>${Array.from({ length: 3000 }, (_, i) => item(i)).join('')}</channel></rss>`;
    expect(new TextEncoder().encode(body).length).to.be.above(5 * 1024 * 1024);
    expect(parseFeed(body, URL_BASE).items).to.have.length(3000);
  });

  it('parses a 10,000-item feed without parsing each item\'s HTML: only what is read', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({ id: String(i), title: `Новина ${i}`, summary: 'Коротко & ясно', content_html: '<p>Текст</p>' }));
    const original = DOMParser.prototype.parseFromString;
    let parses = 0;
    DOMParser.prototype.parseFromString = function (this: DOMParser, ...args: Parameters<DOMParser['parseFromString']>) {
      parses += 1;
      return original.apply(this, args);
    };
    try {
      const feed = parseFeed(jsonFeed(items), URL_BASE);
      expect(feed.items).to.have.length(10_000);
      expect(parses).to.equal(0);
      const first = feed.items.slice(0, 10).map(({ title, summary, content }) => ({ title, summary, content }));
      expect(first[0].summary).to.equal('Коротко & ясно');
      expect(first[0].content).to.deep.equal([{ tag: 'p', children: ['Текст'] }]);
      // The summary is plain text (JSON Feed): only each article's HTML is parsed, once.
      expect(parses).to.equal(10);
      void feed.items[0].content;
      expect(parses).to.equal(10);
    } finally {
      DOMParser.prototype.parseFromString = original;
    }
  });

  it('copes with JSON nested 100,000 deep: nothing recurses, an unknown field is ignored, deep items refused', () => {
    const deep = (key: string) => `{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","title":"t"}],"${key}":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(parseFeed(deep('x'), URL_BASE).items).to.have.length(1);
    const error = failure(() => parseFeed(deep('items'), URL_BASE));
    expect(error.kind).to.equal('invalid');
    // Brackets inside strings are text, not nesting.
    expect(parseFeed(jsonFeed([{ id: '1', title: '['.repeat(1000) }]), URL_BASE).items).to.have.length(1);
  });

  it('cuts megabyte strings, saying which field', () => {
    const feed = parseFeed(jsonFeed([{ id: '1', title: 'Т'.repeat(2_000_000), summary: 'коротко' }]), URL_BASE);
    expect(feed.items[0].title.length).to.be.at.most(MAX_TEXT_LENGTH);
    expect(feed.warnings[0]).to.match(/^items\[0\]\.title: is 2000000 characters long; cut to/);
  });

  it('flattens HTML nested deeper than the limit, and stops at the node budget', () => {
    const nested = sanitizeHtml(`${'<blockquote>'.repeat(5000)}глибоко${'</blockquote>'.repeat(5000)}`);
    expect(depth(nested)).to.be.at.most(SAFE_HTML_LIMITS.maxDepth);
    const many = sanitizeHtml('<b>x</b>'.repeat(50_000));
    expect(many.length).to.be.at.most(SAFE_HTML_LIMITS.maxNodes);
  });

  it('does not expand entity bombs in XML', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('')}]><rss version="2.0"><channel><item><title>&j;</title></item></channel></rss>`;
    let title = '';
    try {
      title = parseFeed(lol, URL_BASE).items[0]?.title ?? '';
    } catch (error) {
      expect(error).to.be.instanceOf(FeedError);
    }
    expect(title.length).to.be.at.most(MAX_TEXT_LENGTH);
  });

  it('refuses XML nested deeper than the browser parser allows, as a typed error', () => {
    const body = `<rss version="2.0"><channel><item><title>a</title><description>${'<x>'.repeat(20_000)}${'</x>'.repeat(20_000)}</description></item></channel></rss>`;
    let result: unknown;
    try {
      result = parseFeed(body, URL_BASE);
    } catch (error) {
      result = error;
    }
    expect(result instanceof FeedError || (result as { items: unknown[] }).items.length === 1).to.equal(true);
  });
});
