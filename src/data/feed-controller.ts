// The one way an element gets a feed: a Lit reactive controller that loads the
// URL its host names, follows changes to it, and aborts when the host leaves.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Feed } from './model.js';
import { FeedError, isAbortError } from './feed-error.js';
import { loadFeed } from './load-feed.js';

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
    this.abortController?.abort();
    this.abortController = undefined;
    // Reconnecting loads again: the host may have been moved, not removed.
    if (this.status === 'loading') this.currentUrl = undefined;
  }

  /** Loads the current URL again (the retry button). */
  retry(): void {
    this.currentUrl = undefined;
    this.host.requestUpdate();
  }

  private load(url: string | undefined): void {
    this.abortController?.abort();
    this.currentUrl = url;
    this.error = undefined;
    if (!url) {
      this.status = 'idle';
      this.feed = undefined;
      return;
    }
    this.status = 'loading';
    const controller = new AbortController();
    this.abortController = controller;
    loadFeed(url, { signal: controller.signal }).then(
      (feed) => {
        if (controller.signal.aborted || this.currentUrl !== url) return;
        this.feed = feed;
        this.status = 'loaded';
        this.stale = false;
        this.fromCache = false;
        this.updatedAt = new Date();
        this.changed();
      },
      (error: unknown) => {
        if (controller.signal.aborted || this.currentUrl !== url || isAbortError(error)) return;
        this.error = error instanceof FeedError ? error : new FeedError('network', String(error), url);
        this.status = 'error';
        this.changed();
      },
    );
  }

  private changed(): void {
    this.host.requestUpdate();
    this.options.onChange?.(this);
  }
}
