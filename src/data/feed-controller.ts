// The one way an element gets a feed: a Lit reactive controller that loads the
// URL its host names, follows changes to it, and aborts when the host leaves.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Feed } from './model.js';
import { FeedError, isAbortError } from './feed-error.js';
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

  private currentUrl: string | undefined;
  private abortController: AbortController | undefined;
  private waitingForOnline = false;

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
    if (url !== this.currentUrl) this.load(url);
  }

  hostDisconnected(): void {
    this.listenForOnline(false);
    this.abortController?.abort();
    this.abortController = undefined;
    // Reconnecting loads (or revalidates the kept copy) again: the host may have been moved, not removed.
    if (this.status === 'loading' || this.fromCache) this.currentUrl = undefined;
  }

  /** Loads the current URL again (the retry button). */
  retry(): void {
    this.currentUrl = undefined;
    this.host.requestUpdate();
  }

  private readonly handleOnline = (): void => this.retry();

  /** Tries again when the browser says the connection is back (after an error, or while showing a stale copy). */
  private listenForOnline(on: boolean): void {
    if (on === this.waitingForOnline) return;
    this.waitingForOnline = on;
    if (on) window.addEventListener('online', this.handleOnline);
    else window.removeEventListener('online', this.handleOnline);
  }

  private load(url: string | undefined): void {
    this.abortController?.abort();
    this.listenForOnline(false);
    this.currentUrl = url;
    this.error = undefined;
    this.stale = false;
    if (!url) {
      this.status = 'idle';
      this.feed = undefined;
      this.fromCache = false;
      return;
    }
    // Stale-while-revalidate: the kept copy shows at once, the network decides what stays.
    const kept = safely(() => cachedFeed(url));
    if (kept) {
      this.feed = kept.feed;
      this.status = 'loaded';
      this.fromCache = true;
      this.updatedAt = kept.fetchedAt;
      queueMicrotask(() => this.currentUrl === url && this.options.onChange?.(this));
    } else {
      this.status = 'loading';
      this.fromCache = false;
    }
    const controller = new AbortController();
    this.abortController = controller;
    loadFeedResult(url, { signal: controller.signal }).then(
      (result) => {
        if (controller.signal.aborted || this.currentUrl !== url) return;
        this.feed = result.feed;
        this.status = 'loaded';
        this.stale = false;
        this.fromCache = false;
        this.updatedAt = result.fetchedAt;
        this.changed();
      },
      (error: unknown) => {
        if (controller.signal.aborted || this.currentUrl !== url || isAbortError(error)) return;
        const feedError = error instanceof FeedError ? error : new FeedError('network', String(error), url);
        if (this.fromCache && this.feed) {
          // Offline or failing server, but a copy is kept: show it, marked outdated.
          this.stale = true;
        } else {
          this.error = feedError;
          this.status = 'error';
        }
        if (this.stale || feedError.retryable) this.listenForOnline(true);
        this.changed();
      },
    );
  }

  private changed(): void {
    this.host.requestUpdate();
    this.options.onChange?.(this);
  }
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
