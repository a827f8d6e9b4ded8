// fetch → detect the format from the response → adapt to the one model.
// One request per URL at a time, however many elements ask for it.
import type { Feed } from './model.js';
import { FeedError, isAbortError } from './feed-error.js';
import { adaptJsonFeed, isJsonFeed } from './formats/json-feed.js';

export interface LoadOptions {
  signal?: AbortSignal;
  /** Per attempt, in milliseconds. */
  timeout?: number;
}

export const DEFAULT_TIMEOUT = 10_000;
/** A feed larger than this is refused rather than parsed. */
export const MAX_FEED_BYTES = 20 * 1024 * 1024;

const inFlight = new Map<string, Promise<Feed>>();

/**
 * Loads and adapts the feed at `url`. Concurrent calls for the same URL share
 * one request; each caller's own signal only stops that caller waiting.
 */
export function loadFeed(url: string, options: LoadOptions = {}): Promise<Feed> {
  const absolute = new URL(url, document.baseURI).href;
  let shared = inFlight.get(absolute);
  if (!shared) {
    shared = fetchAndAdapt(absolute, options.timeout ?? DEFAULT_TIMEOUT)
      .then(report, (error: unknown) => {
        // Once per request, not once per element: the exact cause for the webmaster.
        if (error instanceof FeedError) console.error(`hromada-widgets: ${error.url}: ${error.message}`);
        throw error;
      })
      .finally(() => inFlight.delete(absolute));
    inFlight.set(absolute, shared);
  }
  return withSignal(shared, options.signal);
}

function report(feed: Feed): Feed {
  for (const warning of feed.warnings) console.warn(`hromada-widgets: ${feed.url}: ${warning}`);
  return feed;
}

function withSignal<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new DOMException('Aborted', 'AbortError'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DOMException('Aborted', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function fetchAndAdapt(url: string, timeout: number): Promise<Feed> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('Timed out', 'TimeoutError')), timeout);
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, { signal: controller.signal, credentials: 'omit', headers: { Accept: 'application/feed+json, application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5' } });
    if (!response.ok) throw new FeedError('http', `HTTP ${response.status} ${response.statusText}`.trim(), url, response.status);
    const length = Number(response.headers.get('content-length'));
    if (length > MAX_FEED_BYTES) throw new FeedError('too-large', `${length} bytes is more than the ${MAX_FEED_BYTES}-byte limit`, url);
    body = await response.text();
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (controller.signal.aborted) throw new FeedError('timeout', `no answer within ${timeout} ms`, url);
    if (isAbortError(error)) throw error;
    throw new FeedError('network', `the request failed (${(error as Error).message}); offline, or the server does not allow this site (CORS)`, url);
  } finally {
    clearTimeout(timer);
  }
  return parseFeed(body, url);
}

/** Detects the format from the text itself (not from the URL or content type) and adapts it. */
export function parseFeed(body: string, url: string): Feed {
  if (body.length > MAX_FEED_BYTES) throw new FeedError('too-large', `${body.length} characters is more than the limit`, url);
  const text = body.replace(/^\uFEFF/, '').trimStart();
  if (text === '') throw new FeedError('parse', 'the response is empty', url);
  if (text.startsWith('{') || text.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new FeedError('parse', `not valid JSON: ${(error as Error).message}`, url);
    }
    if (isJsonFeed(data)) return adaptJsonFeed(data, url);
    throw new FeedError('format', 'JSON, but not a JSON Feed (no "version": "https://jsonfeed.org/version/1.1")', url);
  }
  throw new FeedError('format', `not a feed format this version reads (starts with ${JSON.stringify(text.slice(0, 20))})`, url);
}
