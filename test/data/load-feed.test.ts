import { expect } from '@open-wc/testing';
import { cachedFeed, forgetLoadedFeeds, loadFeed, DEFAULT_TIMEOUT } from '../../src/data/load-feed.js';
import { FeedError } from '../../src/data/feed-error.js';
import { clearFeedCache, installFakeTimers, trickle as trickleBody, type FakeClock } from '../helpers/fake-timers.js';

const FEED = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: 'Новина' }] });
let counter = 0;
/** A fresh URL per test: nothing shared in flight or in storage between tests. */
const freshUrl = () => `/feeds/network-${Date.now()}-${(counter += 1)}.json`;

type Answer = Response | Error | 'hang';

describe('loadFeed() over the network', () => {
  const realFetch = window.fetch;
  const realError = console.error;
  let clock: FakeClock;
  let answers: Answer[];
  let requests: Array<{ url: string; init?: RequestInit }>;

  beforeEach(() => {
    clearFeedCache();
    clock = installFakeTimers();
    answers = [];
    requests = [];
    console.error = () => {};
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push({ url: String(input), init });
      const answer = answers.shift() ?? new Response(FEED);
      if (answer === 'hang') {
        return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
      }
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
    console.error = realError;
    clock.restore();
  });

  const failure = async (promise: Promise<unknown>) => {
    try {
      await clock.drive(promise);
    } catch (error) {
      return error as FeedError;
    }
    throw new Error('did not fail');
  };
  const backoffs = () => clock.delays.filter((ms) => ms !== DEFAULT_TIMEOUT);

  it('retries 5xx twice with exponential backoff and jitter, then succeeds', async () => {
    answers = [new Response('', { status: 503 }), new Response('', { status: 502 })];
    const feed = await clock.drive(loadFeed(freshUrl()));
    expect(feed.items[0].title).to.equal('Новина');
    expect(requests).to.have.length(3);
    // 1 s·2ⁿ plus half of a second of jitter (random() = 0.5 here).
    expect(backoffs()).to.deep.equal([1500, 2500]);
  });

  it('gives up after two retries with the last HTTP error', async () => {
    answers = [500, 500, 500, 500].map((status) => new Response('', { status }));
    const error = await failure(loadFeed(freshUrl()));
    expect(error).to.be.instanceOf(FeedError);
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(500);
    expect(requests).to.have.length(3);
  });

  it('retries 408 and 429, not other 4xx', async () => {
    answers = [new Response('', { status: 408 }), new Response('', { status: 429 })];
    await clock.drive(loadFeed(freshUrl()));
    expect(requests).to.have.length(3);
    for (const status of [400, 401, 403, 404, 410]) {
      requests = [];
      answers = [new Response('', { status })];
      const error = await failure(loadFeed(freshUrl()));
      expect(error.status).to.equal(status);
      expect(requests, `HTTP ${status}`).to.have.length(1);
    }
  });

  it('honours Retry-After in seconds and as an HTTP date, capped at 30 s', async () => {
    const date = new Date(clock.now + 7_000).toUTCString();
    answers = [
      new Response('', { status: 429, headers: { 'Retry-After': '3' } }),
      new Response('', { status: 503, headers: { 'Retry-After': date } }),
    ];
    await clock.drive(loadFeed(freshUrl()));
    // The date is absolute: 3 s of it already passed in the first wait.
    expect(backoffs()).to.deep.equal([3000, 4000]);
    clock.delays.length = 0;
    answers = [new Response('', { status: 503, headers: { 'Retry-After': '3600' } })];
    await clock.drive(loadFeed(freshUrl()));
    expect(backoffs()).to.deep.equal([30_000]);
  });

  it('retries network errors and ends in a typed network error', async () => {
    answers = [new TypeError('Failed to fetch'), new TypeError('Failed to fetch'), new TypeError('Failed to fetch')];
    const error = await failure(loadFeed(freshUrl()));
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('CORS');
    expect(requests).to.have.length(3);
  });

  it('times out each attempt (10 s by default), aborting the request', async () => {
    answers = ['hang', 'hang', 'hang'];
    const error = await failure(loadFeed(freshUrl()));
    expect(error.kind).to.equal('timeout');
    expect(requests).to.have.length(3);
    expect(requests.every((request) => request.init?.signal?.aborted)).to.equal(true);
    expect(clock.delays.filter((ms) => ms === DEFAULT_TIMEOUT)).to.have.length(3);
  });

  it('takes a custom timeout and number of retries', async () => {
    answers = ['hang', 'hang'];
    const error = await failure(loadFeed(freshUrl(), { timeout: 2500, retries: 0 }));
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.contain('2500 ms');
    expect(requests).to.have.length(1);
  });

  it('aborts the request, and plans no retry, when its only caller leaves', async () => {
    answers = ['hang'];
    const leaving = new AbortController();
    const promise = loadFeed(freshUrl(), { signal: leaving.signal });
    await new Promise((resolve) => setTimeout(resolve, 0));
    leaving.abort();
    const error = (await promise.catch((caught: unknown) => caught)) as DOMException;
    expect(error.name).to.equal('AbortError');
    expect(requests[0].init?.signal?.aborted).to.equal(true);
    expect(clock.pending()).to.equal(0);
  });

  it('keeps the shared request going while another caller still waits', async () => {
    let release: (response: Response) => void = () => {};
    window.fetch = (input, init) => {
      requests.push({ url: String(input), init });
      return new Promise<Response>((resolve) => (release = resolve));
    };
    const url = freshUrl();
    const leaving = new AbortController();
    const first = loadFeed(url, { signal: leaving.signal });
    const second = loadFeed(url);
    leaving.abort();
    await new Promise((resolve) => setTimeout(resolve, 0));
    release(new Response(FEED));
    const feed = await second;
    // The caller that left is only counted out: it gets the same result, and checks its own signal before using it.
    expect(await first).to.equal(feed);
    expect(requests).to.have.length(1);
    expect(requests[0].init?.signal?.aborted).to.equal(false);
    expect(feed.items).to.have.length(1);
  });

  it('does not retry a feed that arrived but cannot be read', async () => {
    answers = [new Response('<html><body>Сторінку не знайдено</body></html>')];
    const error = await failure(loadFeed(freshUrl()));
    expect(error.kind).to.equal('format');
    expect(requests).to.have.length(1);
  });

  it('resolves relative links against the URL a redirect ended at, also in the kept copy', async () => {
    const url = freshUrl();
    const moved = new Response(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: 'a', url: 'news/1', image: 'img/1.jpg' }] }));
    Object.defineProperty(moved, 'url', { value: 'https://cdn.example/feeds/sub/feed.json' });
    answers = [moved];
    const links = (feed: { items: Array<{ url?: string; image?: { url: string } }> }) => [feed.items[0].url, feed.items[0].image?.url];
    const expected = ['https://cdn.example/feeds/sub/news/1', 'https://cdn.example/feeds/sub/img/1.jpg'];
    expect(links(await clock.drive(loadFeed(url)))).to.deep.equal(expected);
    // The next visit: the kept copy parsed again (its text changed by a space, so nothing parsed is reused).
    forgetLoadedFeeds();
    const key = Object.keys(localStorage).find((k) => k.endsWith(url))!;
    const entry = JSON.parse(localStorage.getItem(key)!);
    localStorage.setItem(key, JSON.stringify({ ...entry, body: `${entry.body} ` }));
    expect(links(cachedFeed(url)!.feed)).to.deep.equal(expected);
  });

  /** A body that arrives in `parts`, each `every` ms after the last (on the fake clock); with `stall`, the last never comes. */
  // It is read once the request was made, so the request is the last one.
  const trickle = (text: string, parts: number, every: number, stall = false) => trickleBody(text, parts, every, stall, () => requests[requests.length - 1].init?.signal ?? undefined);

  it('gets a feed that downloads steadily for longer than the timeout: the timeout is for silence', async () => {
    // A phone on 2G: four chunks 8 s apart, 32 s in all. Each attempt used to end at 10 s, every retry again from zero.
    answers = [trickle(FEED, 4, 8000)];
    const feed = await clock.drive(loadFeed(freshUrl()));
    expect(feed.items[0].title).to.equal('Новина');
    expect(requests).to.have.length(1);
  });

  it('still times out a body that stops arriving, and tries again', async () => {
    answers = [trickle(FEED, 3, 1000, true)];
    const feed = await clock.drive(loadFeed(freshUrl()));
    expect(feed.items[0].title).to.equal('Новина');
    expect(requests).to.have.length(2);
    expect(requests[0].init?.signal?.aborted).to.equal(true);
  });

  it('reads a response with no body stream whole (a test double, a fetch polyfill)', async () => {
    const real = new Response(FEED);
    answers = [{ ok: true, status: 200, url: real.url, headers: real.headers, body: null, arrayBuffer: () => real.arrayBuffer() } as unknown as Response];
    const feed = await clock.drive(loadFeed(freshUrl()));
    expect(feed.items[0].title).to.equal('Новина');
  });

  it('refuses a response that announces more than the size limit', async () => {
    answers = [new Response('{}', { headers: { 'Content-Length': String(50 * 1024 * 1024) } })];
    const error = await failure(loadFeed(freshUrl()));
    expect(error.kind).to.equal('too-large');
  });
});

describe('loadFeed() decoding', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
    clearFeedCache();
  });

  /** `text` in windows-1251: the encoding older Ukrainian CMSs still publish RSS in. */
  const cp1251 = (text: string) =>
    Uint8Array.from(text, (c) => {
      const code = c.charCodeAt(0);
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x350;
      return { 'і': 0xb3, 'І': 0xb2, 'ї': 0xbf, 'Ї': 0xaf, 'є': 0xba, 'Є': 0xaa, 'ґ': 0xb4, 'Ґ': 0xa5 }[c]!;
    });
  const rss = (declaration: string) =>
    `<?xml version="1.0"${declaration}?><rss version="2.0"><channel><title>t</title><item><title>Новина громади: їжа, єдність, ґанок</title><link>https://example.gov.ua/1</link><pubDate>Tue, 07 May 2024 10:00:00 +0300</pubDate></item></channel></rss>`;
  const serve = (bytes: Uint8Array, contentType: string) => {
    window.fetch = async () => new Response(bytes.buffer as ArrayBuffer, { headers: { 'Content-Type': contentType } });
  };

  for (const [name, declaration, contentType] of [
    ['the XML declaration', ' encoding="windows-1251"', 'application/rss+xml'],
    ['the Content-Type charset', '', 'application/rss+xml; charset=windows-1251'],
  ]) {
    it(`reads windows-1251 RSS as ${name} says`, async () => {
      serve(cp1251(rss(declaration)), contentType);
      const feed = await loadFeed(freshUrl());
      expect(feed.items[0].title).to.equal('Новина громади: їжа, єдність, ґанок');
    });
  }

  it('reads UTF-8 without a declaration, and with a byte order mark', async () => {
    const utf8 = new TextEncoder().encode(rss(''));
    serve(utf8, 'application/rss+xml');
    expect((await loadFeed(freshUrl())).items[0].title).to.equal('Новина громади: їжа, єдність, ґанок');
    serve(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), 'text/xml; charset=windows-1251');
    expect((await loadFeed(freshUrl())).items[0].title).to.equal('Новина громади: їжа, єдність, ґанок');
  });

  it('reads an encoding the browser does not know as UTF-8', async () => {
    serve(new TextEncoder().encode(rss(' encoding="x-no-such-thing"')), 'application/rss+xml');
    expect((await loadFeed(freshUrl())).items[0].title).to.equal('Новина громади: їжа, єдність, ґанок');
  });
});
