// Fired by <hromada-news-list> when its feed, or a further page of it, fails to load.
import type { FeedErrorKind } from '../data/feed-error.js';

/**
 * `kind`: what failed (network, timeout, http, parse, format, invalid, too-large);
 * `message`: the exact cause, in English, for logs; `url`: the URL that failed;
 * `status`: the HTTP status, if any.
 */
export type HromadaNewsErrorEvent = CustomEvent<{ kind: FeedErrorKind; message: string; url: string; status?: number }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'hromada-news-error': HromadaNewsErrorEvent;
  }
}
