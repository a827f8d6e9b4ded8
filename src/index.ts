// The one-script entry: registers every element and exposes window.hromadaWidgets.
import './components/hotline/define.js';
import './components/embed/define.js';
import './components/region-filter/define.js';
import './components/video/define.js';
import './components/guide/define.js';
import './components/news-list/define.js';
import { VERSION } from './internal/version.js';
import { warnVersionClash } from './internal/define.js';
import { getLocale, setLocale } from './i18n/localization.js';

export interface HromadaWidgetsGlobal {
  version: string;
  /** `'uk'`, `'en'`, or null to follow `<html lang>` again. */
  setLocale: typeof setLocale;
  getLocale: typeof getLocale;
}

declare global {
  interface Window {
    hromadaWidgets?: HromadaWidgetsGlobal;
  }
}

const existing = typeof window !== 'undefined' ? window.hromadaWidgets : undefined;
if (existing) {
  // A second copy of the script: the first one keeps the page; say so once if it differs.
  if (existing.version !== VERSION) warnVersionClash(existing.version, VERSION);
} else if (typeof window !== 'undefined') {
  window.hromadaWidgets = Object.freeze({ version: VERSION, setLocale, getLocale });
}

export { VERSION, setLocale, getLocale };
export { setDataBase } from './internal/asset-url.js';
export { HromadaHotline } from './components/hotline/define.js';
export { HromadaRegionFilter } from './components/region-filter/define.js';
export { HromadaNewsList } from './components/news-list/define.js';
export { HromadaGuide } from './components/guide/define.js';
export { HromadaVideo } from './components/video/define.js';
export { HromadaEmbed } from './components/embed/define.js';
export type { HromadaRegionChangeEvent } from './events/hromada-region-change.js';
export type { HromadaNewsLoadEvent } from './events/hromada-news-load.js';
export type { HromadaNewsErrorEvent } from './events/hromada-news-error.js';
export type { HromadaGuideToggleEvent } from './events/hromada-guide-toggle.js';
export type { HromadaVideoPlayEvent } from './events/hromada-video-play.js';
export type { HromadaHotlineDismissEvent } from './events/hromada-hotline-dismiss.js';
