// The last good response of each feed, kept in localStorage so a returning
// reader sees it at once and offline. Storage is a nicety: every call is
// guarded, a throwing or full storage only means nothing is kept.
import { storageKey } from '../internal/tag-name.js';
import { CACHE_LIMIT } from './limits.js';

export { CACHE_LIMIT } from './limits.js';

export interface CacheEntry {
  url: string;
  /** The URL the body came from, if a redirect made it another. */
  base?: string;
  /** The raw response text; parsed and validated again whenever it is read. */
  body: string;
  /** Epoch milliseconds of the last response that confirmed this body. */
  fetchedAt: number;
  etag?: string;
  lastModified?: string;
  link?: string;
}

const PREFIX = storageKey('feed:');

/** Runs `use` on localStorage; reading the property itself throws where storage is blocked, and quota errors are no matter. */
function guarded<T>(use: (store: Storage) => T): T | undefined {
  try {
    return use(localStorage);
  } catch {
    return undefined;
  }
}

export const removeEntry = (url: string): void => guarded((store) => store.removeItem(PREFIX + url));

export function readEntry(url: string): CacheEntry | undefined {
  // JSON.parse(null) is null: nothing kept.
  const entry = guarded((store) => JSON.parse(store.getItem(PREFIX + url) as string) as CacheEntry | null);
  if (entry?.url === url && typeof entry.body === 'string' && Number.isFinite(entry.fetchedAt)) return entry;
  // Corrupt JSON, a wrong shape, or storage that throws: as if nothing were kept.
  removeEntry(url);
  return undefined;
}

/** Keeps `entry`, first evicting the oldest kept feeds until everything fits under the limit. */
export function writeEntry(entry: CacheEntry): void {
  // Measured on the body first: a 5 MB feed is not worth stringifying to learn that it does not fit.
  const value = entry.body.length < CACHE_LIMIT ? JSON.stringify(entry) : '';
  const key = PREFIX + entry.url;
  if (!value || value.length > CACHE_LIMIT) return removeEntry(entry.url);
  guarded((store) => {
    let total = value.length;
    // [when fetched, size, key] of every other kept feed, oldest first; a corrupt entry is the first to go.
    const others = Object.keys(store)
      .filter((other) => other.startsWith(PREFIX) && other !== key)
      .map((other): [number, number, string] => {
        const raw = store.getItem(other) ?? '';
        total += raw.length;
        return [Number(/"fetchedAt":(\d+)/.exec(raw)?.[1]) || 0, raw.length, other];
      })
      .sort((a, b) => a[0] - b[0]);
    for (const [, size, other] of others) {
      if (total <= CACHE_LIMIT) break;
      store.removeItem(other);
      total -= size;
    }
    store.setItem(key, value);
  });
}
