// The typed failures of the data path: each maps to one localized message for
// the reader, while the exact cause goes to the console.

export type FeedErrorKind =
  | 'network' // fetch failed: offline, DNS, CORS refusal
  | 'timeout'
  | 'http' // a non-2xx status
  | 'parse' // not JSON or XML that the browser can parse
  | 'format' // parsed, but no format we know
  | 'invalid' // a known format with a fatal problem (no items array…)
  | 'too-large';

export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(
    readonly kind: FeedErrorKind,
    /** The exact cause, for the console. */
    message: string,
    readonly url: string,
    readonly status?: number,
    /** The response's `Retry-After` header (seconds or an HTTP date), if any. */
    readonly retryAfter?: string,
  ) {
    super(message);
  }

  /** Whether trying again may help (network trouble, 408, 429, 5xx). */
  get retryable(): boolean {
    const status = this.status ?? 0;
    return this.kind === 'network' || this.kind === 'timeout' || status === 408 || status === 429 || status >= 500;
  }
}

export const isAbortError = (error: unknown): boolean => (error as Error)?.name === 'AbortError';
