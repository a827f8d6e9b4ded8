// The event <hromada-hotline dismissible> fires when a reader closes a banner.
export type HromadaHotlineDismissEvent = CustomEvent<{ hotlineId: string }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'hromada-hotline-dismiss': HromadaHotlineDismissEvent;
  }
}
