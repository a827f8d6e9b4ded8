// The page-wide settings, registering nothing: a bundle that imports only some
// elements (`hromada-widgets/news-list.js`) takes setDataBase() and setLocale()
// from here; the package root would register, and bundle, every element.
export { setDataBase } from './internal/asset-url.js';
export { getLocale, setLocale } from './i18n/localization.js';
