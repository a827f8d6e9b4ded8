// The last good response of each feed, kept in localStorage so a returning
// reader sees it at once and offline. Storage is a nicety: every call is
// guarded, a throwing or full storage only means nothing is kept.
import { storageKey } from '../internal/tag-name.js';

export interface CacheEntry {
  url: string;
  /** The raw response text; parsed and validated again whenever it is read. */
  body: string;
  /** Epoch milliseconds of the last response that confirmed this body. */
  fetchedAt: number;
  etag?: string;
  lastModified?: string;
  link?: string;
}

/** All kept feeds together stay under this many characters (localStorage holds about 5 M per site). */
export const CACHE_LIMIT = 1_500_000;

const PREFIX = storageKey('feed:');

function storage(): Storage | undefined {
  try {
    // Reading the property itself throws a SecurityError where storage is blocked.
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readEntry(url: string): CacheEntry | undefined {
  try {
    const raw = storage()?.getItem(PREFIX + url);
    if (!raw) return undefined;
    const entry = JSON.parse(raw) as Partial<CacheEntry> | null;
    if (entry && entry.url === url && typeof entry.body === 'string' && typeof entry.fetchedAt === 'number' && Number.isFinite(entry.fetchedAt)) {
      return entry as CacheEntry;
    }
  } catch {
    // Corrupt JSON or storage that throws: as if nothing were kept.
  }
  removeEntry(url);
  return undefined;
}

export function removeEntry(url: string): void {
  try {
    storage()?.removeItem(PREFIX + url);
  } catch {
    // nothing to do
  }
}

/** Keeps `entry`, first evicting the oldest kept feeds until everything fits under the limit. */
export function writeEntry(entry: CacheEntry): void {
  const store = storage();
  if (!store) return;
  const value = JSON.stringify(entry);
  if (value.length > CACHE_LIMIT) return removeEntry(entry.url);
  try {
    const others: Array<{ key: string; size: number; at: number }> = [];
    let total = value.length;
    for (let i = 0; i < store.length; i += 1) {
      const key = store.key(i);
      if (!key?.startsWith(PREFIX) || key === PREFIX + entry.url) continue;
      const raw = store.getItem(key) ?? '';
      let at = 0;
      try {
        at = Number((JSON.parse(raw) as CacheEntry).fetchedAt) || 0;
      } catch {
        // a corrupt entry is the first to go
      }
      others.push({ key, size: raw.length, at });
      total += raw.length;
    }
    others.sort((a, b) => a.at - b.at);
    while (total > CACHE_LIMIT && others.length > 0) {
      const oldest = others.shift()!;
      store.removeItem(oldest.key);
      total -= oldest.size;
    }
    store.setItem(PREFIX + entry.url, value);
  } catch {
    // QuotaExceededError and friends: the feed still shows, it is just not kept.
  }
}
