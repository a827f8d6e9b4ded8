// fetch → detect the format from the response → adapt to the one model, with
// a timeout per attempt, retries with backoff, conditional requests against the
// kept copy, and one request per URL at a time however many elements ask.
import type { Feed } from './model.js';
import { FeedError } from './feed-error.js';
import { parseFeed } from './parse-feed.js';
import { readEntry, removeEntry, writeEntry, type CacheEntry } from './feed-cache.js';
import { decodeBody } from './decode-body.js';
import { aborted, fetchWithRetries } from './fetch-with-retries.js';
import { DEFAULT_RETRIES, DEFAULT_TIMEOUT, MAX_FEED_BYTES, timers } from './limits.js';

export { parseFeed } from './parse-feed.js';
export { DEFAULT_TIMEOUT, DEFAULT_RETRIES, BACKOFF_BASE, MAX_RETRY_AFTER, MAX_FEED_BYTES, timers } from './limits.js';

export interface LoadOptions {
  signal?: AbortSignal;
  /** Per attempt, in milliseconds. */
  timeout?: number;
  /** Further attempts after a network error, timeout, 408, 429 or 5xx. */
  retries?: number;
}

/** A loaded feed and when the network last confirmed it. */
export interface LoadResult {
  feed: Feed;
  fetchedAt: Date;
}

interface Shared {
  promise: Promise<LoadResult>;
  controller: AbortController;
  /** Callers still waiting; Infinity once loaded, so that leaving never aborts or forgets it. */
  waiters: number;
}

/**
 * Requests in flight, and what the network delivered during this page's life:
 * elements that ask later (the embed's children, a list added after the first)
 * reuse it. One request per URL per page, however many elements use it.
 */
const shared = new Map<string, Shared>();

/** Forgets the feeds this page has loaded (tests; a long-lived single-page app that wants fresh data). */
export const forgetLoadedFeeds = (): void => shared.clear();
/** Parsed kept copies, so twenty elements on one URL parse it once. */
const kept = new Map<string, { body: string; result: LoadResult }>();

export const absoluteUrl = (url: string): string => new URL(url, document.baseURI).href;

/**
 * Loads and adapts the feed at `url`. Concurrent calls for the same URL share
 * one request; each caller's signal counts that caller out, and the request
 * itself is aborted (and rejects with an AbortError) once no caller is left.
 */
export const loadFeed = (url: string, options?: LoadOptions): Promise<Feed> => loadFeedResult(url, options).then((result) => result.feed);

// Async, so that a src which is not a URL fails like any other load; the request itself still starts at once.
export async function loadFeedResult(url: string, { signal, timeout = DEFAULT_TIMEOUT, retries = DEFAULT_RETRIES }: LoadOptions = {}): Promise<LoadResult> {
  url = absoluteUrl(url);
  if (signal?.aborted) throw aborted();
  let entry = shared.get(url);
  const forget = () => shared.get(url) === entry && shared.delete(url);
  if (!entry) {
    const controller = new AbortController();
    const promise = fetchFeed(url, timeout, retries, controller.signal).then(
      (result) => ((entry!.waiters = Infinity), result),
      (error: unknown) => {
        forget();
        // Once per request, not once per element: the exact cause for the webmaster.
        if (error instanceof FeedError) console.error(`hromada-widgets: ${url}: ${error.message}`);
        throw error;
      },
    );
    shared.set(url, (entry = { controller, waiters: 0, promise }));
  }
  // A caller without a signal waits to the end: the request is never aborted under it. One that leaves
  // is only counted out (it checks its own signal before it uses a result).
  entry.waiters += 1;
  signal?.addEventListener(
    'abort',
    () => {
      if (--entry!.waiters === 0) {
        entry!.controller.abort();
        forget();
      }
    },
    { once: true },
  );
  return entry.promise;
}

/** The kept copy of `url`, parsed and validated again, or undefined (none, corrupt, or no longer valid). */
export function cachedFeed(url: string): LoadResult | undefined {
  const entry = readEntry(absoluteUrl(url));
  return entry && parsed(entry);
}

/**
 * `entry` parsed, or its parse remembered while its text is the same (so the
 * same feed object comes back, and nothing re-renders). A kept copy that no
 * longer parses is dropped; a fresh one's problems are thrown or logged.
 */
function parsed(entry: CacheEntry, fresh?: boolean): LoadResult | undefined {
  const { url, body } = entry;
  const memo = kept.get(url);
  const fetchedAt = new Date(entry.fetchedAt);
  if (memo?.body === body) return Object.assign(memo.result, { fetchedAt });
  try {
    // Relative links resolve against where the feed came from: after a redirect, the final URL (the server's /feed → /feed/).
    const result = { feed: parseFeed(body, entry.base || url, { link: entry.link }), fetchedAt };
    // One console line per skipped item or field, all in one message however many.
    if (fresh && result.feed.warnings.length) console.warn(`hromada-widgets: ${url}:\n${result.feed.warnings.join('\n')}`);
    kept.set(url, { body, result });
    return result;
  } catch (error) {
    if (fresh) throw error;
    removeEntry(url);
    return undefined;
  }
}

/** The feed at `url`, each attempt revalidating the kept copy. */
const fetchFeed = (url: string, timeout: number, retries: number, signal: AbortSignal): Promise<LoadResult> =>
  fetchWithRetries(
    url,
    async (get, body) => {
      const entry = readEntry(url);
      const headers: Record<string, string> = {};
      // Revalidate the kept copy: a 304 costs the server and the reader almost nothing. Only on the page's own origin:
      // elsewhere these headers need a CORS preflight, which static hosts and CDNs refuse (the copy would never update);
      // there the browser's own cache revalidates.
      if (url.startsWith(`${location.origin}/`)) {
        if (entry?.etag) headers['If-None-Match'] = entry.etag;
        if (entry?.lastModified) headers['If-Modified-Since'] = entry.lastModified;
      }
      const response = await get({ credentials: 'omit', headers });
      const { status } = response;
      const header = (name: string) => response.headers.get(name) ?? undefined;
      // Not modified: the kept copy, confirmed now (one that no longer parses makes the 304 an error like any other status).
      let fresh: CacheEntry | undefined = status === 304 && entry ? { ...entry, fetchedAt: timers.now() } : undefined;
      let result = fresh && parsed(fresh);
      if (!result) {
        if (!response.ok) throw new FeedError('http', `HTTP ${status}`, url, status, header('retry-after'));
        if (Number(header('content-length')) > MAX_FEED_BYTES) throw new FeedError('too-large', `${header('content-length')} bytes`, url);
        fresh = { url, base: response.url, body: decodeBody(await body(response), header('content-type')), fetchedAt: timers.now(), etag: header('etag'), lastModified: header('last-modified'), link: header('link') };
        result = parsed(fresh, true)!;
      }
      writeEntry(fresh!);
      return result;
    },
    timeout,
    retries,
    signal,
  );
