// `hromada-guide-toggle`: a section of a <hromada-guide> opened or closed.
export type HromadaGuideToggleEvent = CustomEvent<{ sectionId: string; open: boolean }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'hromada-guide-toggle': HromadaGuideToggleEvent;
  }
}
