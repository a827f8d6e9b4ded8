// The one-script entry: registers every element (each define puts up window.hromadaWidgets).
import './components/hotline/define.js';
import './components/embed/define.js';
import './components/region-filter/define.js';
import './components/video/define.js';
import './components/guide/define.js';
import './components/news-list/define.js';
import { VERSION } from './internal/version.js';
import { warnVersionClash } from './internal/define.js';
import { getLocale, setLocale } from './i18n/localization.js';

export type { HromadaWidgetsGlobal } from './internal/define.js';

// defineElement() put up window.hromadaWidgets, unless another copy of the script had: say so once if it differs.
const existing = typeof window !== 'undefined' ? window.hromadaWidgets : undefined;
if (existing && existing.version !== VERSION) warnVersionClash(existing.version, VERSION);

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
