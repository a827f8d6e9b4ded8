// Fired by <hromada-news-list> each time a feed page has loaded and is shown.

/**
 * `count`: news items of the selected region loaded so far (not only those shown);
 * `fromCache`: the items came from the local copy; `stale`: that copy is shown because the network failed.
 */
export type HromadaNewsLoadEvent = CustomEvent<{ count: number; fromCache: boolean; stale: boolean }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'hromada-news-load': HromadaNewsLoadEvent;
  }
}
