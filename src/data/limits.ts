// Every limit and default of the data path in one place: what keeps a hostile
// feed from hanging the page, and how patiently the network is waited on.

/** A feed larger than this (characters, or announced bytes) is refused rather than parsed. */
export const MAX_FEED_BYTES = 20 * 1024 * 1024;
/** Longest text kept from any single field; the rest is cut, not processed. */
export const MAX_TEXT_LENGTH = 100_000;
/** Feed HTML: deeper elements are flattened to text, nodes past the budget dropped, input past the length cut. */
export const SAFE_HTML_LIMITS = { maxDepth: 24, maxNodes: 4000, maxInputLength: 1_000_000 };
/** All kept feeds together stay under this many characters (localStorage holds about 5 M per site). */
export const CACHE_LIMIT = 1_500_000;
/** Per attempt, in milliseconds. */
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

/** The wait before retry `attempt` (0-based): exponential backoff with jitter, for feeds and region data alike. */
export const backoff = (attempt: number): number => BACKOFF_BASE * (2 ** attempt + timers.random());
