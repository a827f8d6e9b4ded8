// fetch → detect the format from the response → adapt to the one model, with
// a timeout per attempt, retries with backoff, conditional requests against the
// kept copy, and one request per URL at a time however many elements ask.
import type { Feed } from './model.js';
import { FeedError, isAbortError } from './feed-error.js';
import { MAX_FEED_BYTES, parseFeed } from './parse-feed.js';
import { readEntry, removeEntry, writeEntry, type CacheEntry } from './feed-cache.js';

export { parseFeed, MAX_FEED_BYTES } from './parse-feed.js';

export interface LoadOptions {
  signal?: AbortSignal;
  /** Per attempt, in milliseconds. */
  timeout?: number;
  /** Further attempts after a network error, timeout, 408, 429 or 5xx. */
  retries?: number;
}

/** A loaded feed and what the controller needs to know about where it came from. */
export interface LoadResult {
  feed: Feed;
  /** When the network last confirmed this feed. */
  fetchedAt: Date;
}

export const DEFAULT_TIMEOUT = 10_000;
export const DEFAULT_RETRIES = 2;
/** Backoff before retry n (0-based) is BACKOFF_BASE·2ⁿ plus up to BACKOFF_BASE of jitter. */
export const BACKOFF_BASE = 1_000;
/** A server's `Retry-After` is honoured up to this long. */
export const MAX_RETRY_AFTER = 30_000;

/** The clock the network code waits on; tests swap in a fake one so no test really sleeps. */
export const timers = {
  setTimeout: (callback: () => void, ms: number): unknown => setTimeout(callback, ms),
  clearTimeout: (id: unknown): void => clearTimeout(id as number),
  random: (): number => Math.random(),
  now: (): number => Date.now(),
};

interface Shared {
  promise: Promise<LoadResult>;
  controller: AbortController;
  waiters: number;
}

const inFlight = new Map<string, Shared>();
/** Parsed kept copies, so twenty elements on one URL parse it once. */
const kept = new Map<string, { body: string; result: LoadResult }>();

export const absoluteUrl = (url: string): string => new URL(url, document.baseURI).href;

/**
 * Loads and adapts the feed at `url`. Concurrent calls for the same URL share
 * one request; each caller's signal stops that caller waiting, and the request
 * itself is aborted once no caller is left.
 */
export function loadFeed(url: string, options: LoadOptions = {}): Promise<Feed> {
  return loadFeedResult(url, options).then((result) => result.feed);
}

export function loadFeedResult(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const absolute = absoluteUrl(url);
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(new DOMException('Aborted', 'AbortError'));
  let shared = inFlight.get(absolute);
  if (!shared) {
    const controller = new AbortController();
    const promise = fetchWithRetries(absolute, options.timeout ?? DEFAULT_TIMEOUT, options.retries ?? DEFAULT_RETRIES, controller.signal).then(
      (result) => result,
      (error: unknown) => {
        // Once per request, not once per element: the exact cause for the webmaster.
        if (error instanceof FeedError) console.error(`hromada-widgets: ${error.url}: ${error.message}`);
        throw error;
      },
    );
    const entry: Shared = { promise, controller, waiters: 0 };
    promise.then(
      () => inFlight.get(absolute) === entry && inFlight.delete(absolute),
      () => inFlight.get(absolute) === entry && inFlight.delete(absolute),
    );
    inFlight.set(absolute, entry);
    shared = entry;
  }
  return wait(shared, absolute, signal);
}

function wait(shared: Shared, url: string, signal: AbortSignal | undefined): Promise<LoadResult> {
  shared.waiters += 1;
  if (!signal) return shared.promise;
  return new Promise<LoadResult>((resolve, reject) => {
    const onAbort = () => {
      reject(new DOMException('Aborted', 'AbortError'));
      shared.waiters -= 1;
      if (shared.waiters === 0) {
        shared.controller.abort();
        if (inFlight.get(url) === shared) inFlight.delete(url);
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The kept copy of `url`, parsed and validated again, or undefined (none, corrupt, or no longer valid). */
export function cachedFeed(url: string): LoadResult | undefined {
  const absolute = absoluteUrl(url);
  const entry = readEntry(absolute);
  if (!entry) return undefined;
  return keptResult(entry);
}

function keptResult(entry: CacheEntry): LoadResult | undefined {
  const memo = kept.get(entry.url);
  if (memo && memo.body === entry.body) {
    memo.result.fetchedAt = new Date(entry.fetchedAt);
    return memo.result;
  }
  try {
    const result = { feed: parseFeed(entry.body, entry.url, { link: entry.link }), fetchedAt: new Date(entry.fetchedAt) };
    kept.set(entry.url, { body: entry.body, result });
    return result;
  } catch {
    removeEntry(entry.url);
    return undefined;
  }
}

async function fetchWithRetries(url: string, timeout: number, retries: number, signal: AbortSignal): Promise<LoadResult> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await attemptOnce(url, timeout, signal);
    } catch (error) {
      if (!(error instanceof FeedError) || !error.retryable || attempt >= retries || signal.aborted) throw error;
      await sleep(retryDelay(attempt, error.retryAfter), signal);
    }
  }
}

function retryDelay(attempt: number, retryAfter: string | undefined): number {
  if (retryAfter) {
    const seconds = Number(retryAfter);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - timers.now();
    if (Number.isFinite(ms)) return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER);
  }
  return BACKOFF_BASE * 2 ** attempt + timers.random() * BACKOFF_BASE;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const id = timers.setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      timers.clearTimeout(id);
      reject(new DOMException('Aborted', 'AbortError'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

async function attemptOnce(url: string, timeout: number, signal: AbortSignal): Promise<LoadResult> {
  const entry = readEntry(url);
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = timers.setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const headers: Record<string, string> = {
    Accept: 'application/feed+json, application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5',
  };
  // Revalidate the kept copy: a 304 costs the server and the reader almost nothing.
  if (entry?.etag) headers['If-None-Match'] = entry.etag;
  if (entry?.lastModified) headers['If-Modified-Since'] = entry.lastModified;
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, { signal: controller.signal, credentials: 'omit', headers });
    if (response.status === 304 && entry) {
      const result = keptResult({ ...entry, fetchedAt: timers.now() });
      if (result) {
        writeEntry({ ...entry, fetchedAt: timers.now() });
        return result;
      }
    }
    if (!response.ok) {
      throw new FeedError('http', `HTTP ${response.status} ${response.statusText}`.trim(), url, response.status, response.headers.get('retry-after') ?? undefined);
    }
    const length = Number(response.headers.get('content-length'));
    if (length > MAX_FEED_BYTES) throw new FeedError('too-large', `${length} bytes is more than the ${MAX_FEED_BYTES}-byte limit`, url);
    body = await response.text();
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (signal.aborted) throw new DOMException('Aborted', 'AbortError');
    if (timedOut) throw new FeedError('timeout', `no answer within ${timeout} ms`, url);
    if (isAbortError(error)) throw error;
    throw new FeedError('network', `the request failed (${(error as Error).message}); offline, or the server does not allow this site (CORS)`, url);
  } finally {
    timers.clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
  const fetchedAt = timers.now();
  const fresh: CacheEntry = {
    url,
    body,
    fetchedAt,
    etag: response.headers.get('etag') ?? undefined,
    lastModified: response.headers.get('last-modified') ?? undefined,
    link: response.headers.get('link') ?? undefined,
  };
  // The same text as the kept copy: keep the same feed object, so nothing re-renders.
  const unchanged = entry?.body === body ? keptResult(fresh) : undefined;
  const result = unchanged ?? { feed: report(parseFeed(body, url, { link: fresh.link })), fetchedAt: new Date(fetchedAt) };
  if (!unchanged) kept.set(url, { body, result });
  writeEntry(fresh);
  return result;
}

/** Warnings shown one per line; a feed with thousands of bad items gets a count after these. */
const MAX_LOGGED_WARNINGS = 20;

function report(feed: Feed): Feed {
  for (const warning of feed.warnings.slice(0, MAX_LOGGED_WARNINGS)) console.warn(`hromada-widgets: ${feed.url}: ${warning}`);
  const more = feed.warnings.length - MAX_LOGGED_WARNINGS;
  if (more > 0) console.warn(`hromada-widgets: ${feed.url}: … and ${more} more problems`);
  return feed;
}
