// The network path of feeds and region data alike: a timeout for silence
// rather than for the whole download, and retries with backoff.
import { FeedError } from './feed-error.js';
import { backoff, DEFAULT_RETRIES, DEFAULT_TIMEOUT, MAX_RETRY_AFTER, timers } from './limits.js';

export const aborted = () => new DOMException('Aborted', 'AbortError');

/**
 * Attempts until one succeeds, fails for good, or the retries are spent; between attempts, the server's Retry-After
 * or exponential backoff with jitter. `attempt` gets a fetch of `url` and a reader of a response's body. Each
 * attempt's timeout counts silence: each chunk that arrives restarts it, so a phone on 2G still gets a 300 KB feed or
 * the 150 KB settlement index, and a body that stalls still ends. Aborting `signal` aborts the request (AbortError).
 */
export async function fetchWithRetries<T>(
  url: string,
  attempt: (get: (init?: RequestInit) => Promise<Response>, body: (response: Response) => Promise<ArrayBuffer>) => Promise<T>,
  timeout = DEFAULT_TIMEOUT,
  retries = DEFAULT_RETRIES,
  signal?: AbortSignal,
): Promise<T> {
  for (let n = 0; ; n += 1) {
    // The attempt ends when its time is up or when its last caller leaves: the signal then tells which.
    const controller = new AbortController();
    const stop = () => controller.abort();
    let timer: unknown;
    const restart = () => {
      timers.clearTimeout(timer);
      timer = timers.setTimeout(stop, timeout);
    };
    restart();
    signal?.addEventListener('abort', stop);
    let failure: FeedError;
    try {
      return await attempt(
        (init) => fetch(url, { ...init, signal: controller.signal }),
        // A response with no body stream (a test double, a fetch polyfill) is read whole.
        (response) =>
          (response.body ? new Response(response.body.pipeThrough(new TransformStream({ transform: (chunk, out) => (restart(), out.enqueue(chunk)) }))) : response).arrayBuffer(),
      );
    } catch (error) {
      if (signal?.aborted) throw aborted();
      failure =
        error instanceof FeedError
          ? error
          : controller.signal.aborted
            ? new FeedError('timeout', `no answer within ${timeout} ms`, url)
            : error instanceof SyntaxError
              ? new FeedError('parse', String(error), url)
              : new FeedError('network', `${(error as Error).message}: offline, or no CORS`, url);
    } finally {
      timers.clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
    }
    if (!failure.retryable || n >= retries) throw failure;
    const after = failure.retryAfter ?? '';
    // Retry-After in seconds or as an HTTP date, capped; else exponential backoff with jitter.
    const ms = after ? Number(after) * 1000 || Date.parse(after) - timers.now() : NaN;
    const delay = ms === ms ? Math.min(Math.max(ms, 0), MAX_RETRY_AFTER) : backoff(n);
    await new Promise<void>((resolve, reject) => {
      const id = timers.setTimeout(resolve, delay);
      // Once: a listener left on a signal that never aborts is dropped with it.
      signal?.addEventListener(
        'abort',
        () => {
          timers.clearTimeout(id);
          reject(aborted());
        },
        { once: true },
      );
    });
  }
}
