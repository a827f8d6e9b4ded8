import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { FeedController } from '../../src/data/feed-controller.js';
import { CACHE_LIMIT, readEntry, writeEntry } from '../../src/data/feed-cache.js';
import { forgetLoadedFeeds } from '../../src/data/load-feed.js';
import { clearFeedCache, installFakeTimers, type FakeClock } from '../helpers/fake-timers.js';

class CacheHost extends LitElement {
  static override properties = { src: {} };
  src = '';
  feed = new FeedController(this, () => this.src);
  override render() {
    return html`${this.feed.status}`;
  }
}
customElements.define('feed-cache-test-host', CacheHost);

const feedBody = (title: string) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title }] });
const KEY_PREFIX = 'hromada-widgets:v1:feed:';
let counter = 0;
const freshUrl = () => `/feeds/cache-${Date.now()}-${(counter += 1)}.json`;
const absolute = (url: string) => new URL(url, document.baseURI).href;

describe('stale-while-revalidate', () => {
  const realFetch = window.fetch;
  const realError = console.error;
  let clock: FakeClock;
  let answer: (init?: RequestInit) => Promise<Response>;
  let requests: Array<Headers>;
  const hosts: CacheHost[] = [];

  beforeEach(() => {
    clearFeedCache();
    clock = installFakeTimers();
    requests = [];
    console.error = () => {};
    answer = async () => new Response(feedBody('Свіжа'), { headers: { ETag: '"v1"', 'Last-Modified': 'Wed, 01 May 2024 07:00:00 GMT' } });
    window.fetch = (_input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(new Headers(init?.headers));
      return answer(init);
    };
  });
  afterEach(() => {
    for (const host of hosts.splice(0)) host.remove();
    window.fetch = realFetch;
    console.error = realError;
    clock.restore();
    clearFeedCache();
  });

  const mount = async (src: string) => {
    const host = document.createElement('feed-cache-test-host') as CacheHost;
    host.src = src;
    hosts.push(document.body.appendChild(host));
    await host.updateComplete;
    return host;
  };
  /** Lets the network settle, firing retry waits on the fake clock. */
  const until = async (condition: () => boolean) => {
    for (let i = 0; i < 60 && !condition(); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!condition() && i % 5 === 4) clock.fireNext();
    }
    expect(condition()).to.equal(true);
  };
  /** A previous visit: the page loads the feed, then the reader leaves (the page's own memory goes). */
  const visitOnce = async (url: string) => {
    const host = await mount(url);
    await until(() => host.feed.status === 'loaded');
    host.remove();
    forgetLoadedFeeds();
  };

  it('keeps the last good response under a versioned key', async () => {
    const url = freshUrl();
    await visitOnce(url);
    const entry = readEntry(absolute(url));
    expect(entry?.etag).to.equal('"v1"');
    expect(Object.keys(localStorage).some((key) => key === `${KEY_PREFIX}${absolute(url)}`)).to.equal(true);
  });

  it('shows the kept copy at once, revalidates it, and keeps it on 304', async () => {
    const url = freshUrl();
    await visitOnce(url);
    clock.now += 60_000;
    let release: (response: Response) => void = () => {};
    answer = () => new Promise((resolve) => (release = resolve));
    const host = await mount(url);
    expect(host.feed.status).to.equal('loaded');
    expect(host.feed.fromCache).to.equal(true);
    const shown = host.feed.feed;
    expect(shown?.items[0].title).to.equal('Свіжа');
    expect(requests[1].get('If-None-Match')).to.equal('"v1"');
    expect(requests[1].get('If-Modified-Since')).to.equal('Wed, 01 May 2024 07:00:00 GMT');
    release(new Response(null, { status: 304 }));
    await until(() => !host.feed.fromCache);
    expect(host.feed.feed).to.equal(shown);
    expect(host.feed.updatedAt?.getTime()).to.equal(clock.now);
  });

  it('revalidates a feed on another origin without conditional headers (they would need a CORS preflight)', async () => {
    const url = `https://cdn.example.org/feeds/cache-${Date.now()}-${(counter += 1)}.json`;
    await visitOnce(url);
    expect(readEntry(url)?.etag).to.equal('"v1"');
    const host = await mount(url);
    expect(host.feed.fromCache).to.equal(true);
    expect([...requests[1].keys()]).to.deep.equal([]);
    await until(() => !host.feed.fromCache);
    expect(host.feed.stale).to.equal(false);
  });

  it('aborts revalidation when the element leaves, and revalidates when it comes back', async () => {
    const url = freshUrl();
    await visitOnce(url);
    const signals: AbortSignal[] = [];
    answer = (init) => {
      signals.push(init!.signal!);
      return new Promise(() => {});
    };
    const host = await mount(url);
    expect(host.feed.fromCache).to.equal(true);
    host.remove();
    expect(signals[0].aborted).to.equal(true);
    document.body.append(host);
    await host.updateComplete;
    expect(signals).to.have.length(2);
    expect(signals[1].aborted).to.equal(false);
  });

  it('keeps the same feed object when a 200 brings the same text (no needless re-render)', async () => {
    const url = freshUrl();
    await visitOnce(url);
    const host = await mount(url);
    const shown = host.feed.feed;
    await until(() => !host.feed.fromCache);
    expect(host.feed.feed).to.equal(shown);
  });

  it('swaps in fresher data when the server has it', async () => {
    const url = freshUrl();
    await visitOnce(url);
    answer = async () => new Response(feedBody('Новіша'), { headers: { ETag: '"v2"' } });
    const host = await mount(url);
    expect(host.feed.feed?.items[0].title).to.equal('Свіжа');
    await until(() => host.feed.feed?.items[0].title === 'Новіша');
    expect(host.feed.fromCache).to.equal(false);
    expect(readEntry(absolute(url))?.etag).to.equal('"v2"');
  });

  it('offline with a kept copy: loaded, stale, dated when fetched; tries again when back online', async () => {
    const url = freshUrl();
    const fetchedAt = clock.now;
    await visitOnce(url);
    clock.now += 3 * 86_400_000;
    answer = () => Promise.reject(new TypeError('Failed to fetch'));
    const host = await mount(url);
    await until(() => host.feed.stale);
    expect(host.feed.status).to.equal('loaded');
    expect(host.feed.error).to.equal(undefined);
    expect(host.feed.updatedAt?.getTime()).to.equal(fetchedAt);
    expect(requests).to.have.length(1 + 3);
    answer = async () => new Response(feedBody('Знову онлайн'));
    window.dispatchEvent(new Event('online'));
    await until(() => host.feed.feed?.items[0].title === 'Знову онлайн');
    expect(host.feed.stale).to.equal(false);
  });

  it('offline with nothing kept: a typed error, and a retry when back online', async () => {
    answer = () => Promise.reject(new TypeError('Failed to fetch'));
    const host = await mount(freshUrl());
    await until(() => host.feed.status === 'error');
    expect(host.feed.error?.kind).to.equal('network');
    answer = async () => new Response(feedBody('Є зв’язок'));
    window.dispatchEvent(new Event('online'));
    await until(() => host.feed.status === 'loaded');
  });

  it('ignores a corrupt or no longer valid kept copy', async () => {
    for (const value of ['{not json', '{"url":"x"}', 'null', JSON.stringify({ url: '', body: '<html>', fetchedAt: 1 })]) {
      const url = freshUrl();
      localStorage.setItem(KEY_PREFIX + absolute(url), value.replace('"url":""', `"url":${JSON.stringify(absolute(url))}`));
      const host = await mount(url);
      expect(host.feed.fromCache, value).to.equal(false);
      await until(() => host.feed.status === 'loaded');
      expect(host.feed.feed?.items[0].title).to.equal('Свіжа');
    }
  });

  it('does not mind storage that throws (quota, blocked storage)', async () => {
    const { getItem, setItem, removeItem } = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    Storage.prototype.removeItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      const host = await mount(freshUrl());
      await until(() => host.feed.status === 'loaded');
      expect(host.feed.feed?.items[0].title).to.equal('Свіжа');
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem, removeItem });
    }
  });

  it('evicts the oldest kept feeds to stay under the size cap', () => {
    const big = 'x'.repeat(Math.floor(CACHE_LIMIT / 3));
    for (let i = 0; i < 4; i += 1) writeEntry({ url: `https://example.gov.ua/${i}`, body: big, fetchedAt: 1000 + i });
    const kept = [0, 1, 2, 3].filter((i) => readEntry(`https://example.gov.ua/${i}`));
    expect(kept).to.deep.equal([2, 3]);
    const total = Object.keys(localStorage).filter((key) => key.startsWith(KEY_PREFIX)).reduce((sum, key) => sum + (localStorage.getItem(key)?.length ?? 0), 0);
    expect(total).to.be.at.most(CACHE_LIMIT);
    writeEntry({ url: 'https://example.gov.ua/huge', body: 'x'.repeat(CACHE_LIMIT + 1), fetchedAt: 2000 });
    expect(readEntry('https://example.gov.ua/huge')).to.equal(undefined);
  });
});
