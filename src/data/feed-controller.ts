// The one way an element gets a feed: a Lit reactive controller that loads the
// URL its host names, follows changes to it, and aborts when the host leaves.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Feed } from './model.js';
import { FeedError } from './feed-error.js';
import { cachedFeed, loadFeedResult } from './load-feed.js';

export type FeedStatus = 'idle' | 'loading' | 'loaded' | 'error';

export interface FeedControllerOptions {
  /** Called after each load that the host will render (fresh data or an error). */
  onChange?: (controller: FeedController) => void;
}

export class FeedController implements ReactiveController {
  status: FeedStatus = 'idle';
  feed: Feed | undefined;
  error: FeedError | undefined;
  /** The feed shown is an older copy kept from a previous visit, and the network failed. */
  stale = false;
  /** The feed shown came from the local copy, not (yet) from the network. */
  fromCache = false;
  /** When the feed shown was fetched. */
  updatedAt: Date | undefined;
  /**
   * The host showed the URL it last loaded loading: no kept copy was there to show at once (a returning
   * reader's, or the one an embed's feed left for its parts). Such an element may keep its loading room (SPEC §6).
   */
  waited = false;

  private url: string | undefined;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly getUrl: () => string | null | undefined,
    private readonly options: FeedControllerOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const url = this.getUrl() || undefined;
    if (url !== this.url) this.load(url);
  }

  /** Stops listening and loading (also before each load). */
  hostDisconnected(): void {
    removeEventListener('online', this.retry);
    this.abort?.abort();
    // Reconnecting loads (or revalidates the kept copy, or tries again after an error: the 'online' retry is gone) again:
    // the host may have been moved, not removed.
    if (this.status != 'loaded' || this.fromCache) this.url = undefined;
  }

  /** Loads the current URL again (the retry button, and the browser coming back online). */
  retry = (): void => {
    this.url = undefined;
    this.host.requestUpdate();
  };

  private load(url: string | undefined): void {
    this.hostDisconnected();
    this.url = url;
    this.error = undefined;
    this.stale = this.fromCache = false;
    this.status = 'idle';
    if (!url) {
      this.feed = undefined;
      return;
    }
    // Stale-while-revalidate: the kept copy shows at once, the network decides what stays.
    let kept;
    try {
      kept = cachedFeed(url);
    } catch {
      // a URL that does not parse: the request below fails with it
    }
    this.waited = !kept;
    this.status = kept ? 'loaded' : 'loading';
    if (kept) {
      this.feed = kept.feed;
      this.fromCache = true;
      this.updatedAt = kept.fetchedAt;
      queueMicrotask(() => this.url === url && this.options.onChange?.(this));
    }
    const { signal } = (this.abort = new AbortController());
    const live = () => !signal.aborted && this.url === url;
    loadFeedResult(url, { signal })
      .then(
        (result) => {
          if (!live()) return;
          this.feed = result.feed;
          this.status = 'loaded';
          this.fromCache = false;
          this.updatedAt = result.fetchedAt;
          return true;
        },
        (error: unknown) => {
          // An AbortError only ever reaches a caller that left: the request is aborted once every caller did.
          if (!live()) return;
          // A FeedError was logged where it arose; anything else (a src that is not a URL) is logged here.
          const feedError = error instanceof FeedError ? error : (console.error(`hromada-widgets: ${url}: ${error}`), new FeedError('network', String(error), url));
          // Offline or failing server, but a copy is kept: show it, marked outdated.
          if (!(this.stale = this.fromCache)) {
            this.error = feedError;
            this.status = 'error';
          }
          if (this.stale || feedError.retryable) addEventListener('online', this.retry);
          return true;
        },
      )
      .then((changed) => changed && (this.host.requestUpdate(), this.options.onChange?.(this)));
  }
}
