// One language per page: Ukrainian (source) or English, taken from <html lang>
// and followed live, unless hromadaWidgets.setLocale() overrides it.
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
// Imported statically: a dynamic import() would survive into the one-file
// bundle and 404 on a webmaster's site.
import * as en from '../generated/locales/en.js';

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
export const LOCALES: readonly Locale[] = [sourceLocale, ...targetLocales];

const templates = { en } as const;

/** False in the one-file bundle (rollup.config.mjs): its @lit/localize is its own (localize-lite.ts), configured here only. */
const SHARED_RUNTIME: boolean = true;

let runtime: ReturnType<typeof configureLocalization> | undefined;
let override: Locale | null = null;
let observer: MutationObserver | undefined;

/** `uk`, `uk-UA`, `uk_UA` → Ukrainian; no lang → Ukrainian; any other language → English. */
export function localeFromLang(lang: string | null | undefined): Locale {
  return /^(uk([-_]|$)|$)/.test((lang ?? '').trim().toLowerCase()) ? 'uk' : 'en';
}

function ensureRuntime(): ReturnType<typeof configureLocalization> {
  const configure = () =>
    configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => Promise.resolve(templates[locale as keyof typeof templates]),
    });
  // The bundle's runtime is its own: nothing else can have configured it.
  if (!SHARED_RUNTIME) return (runtime ??= configure());
  try {
    runtime ??= configure();
  } catch (error) {
    // A developer's Lit app that configured @lit/localize itself shares the module
    // with us, and it can be configured once: our strings then stay Ukrainian (its
    // translations lack them), but dates and plurals still follow <html lang>, and
    // the elements must not break.
    console.warn('hromada-widgets: @lit/localize is configured by the page; widget texts stay Ukrainian', error);
    runtime = { getLocale: wantedLocale, setLocale: () => Promise.resolve() };
  }
  return runtime;
}

function wantedLocale(): Locale {
  if (override) return override;
  if (typeof document === 'undefined') return sourceLocale;
  return localeFromLang(document.documentElement.getAttribute('lang'));
}

function applyWantedLocale(): void {
  const { getLocale, setLocale: setRuntimeLocale } = ensureRuntime();
  const wanted = wantedLocale();
  // No catch: loadLocale() reads modules imported statically, so the switch cannot fail.
  if (getLocale() !== wanted) setRuntimeLocale(wanted);
}

/** Starts following <html lang>; idempotent, called by every element's constructor. */
export function startLocaleFollowing(): void {
  if (observer || typeof document === 'undefined') return;
  observer = new MutationObserver(applyWantedLocale);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  applyWantedLocale();
}

/** The locale the widgets render in now. */
export function getLocale(): Locale {
  return ensureRuntime().getLocale() as Locale;
}

/**
 * Overrides the page language for every widget: `setLocale('en')`. `setLocale(null)`
 * (or `'auto'`) returns to following <html lang>. An unknown locale is refused
 * with a console warning and changes nothing.
 */
export function setLocale(locale: string | null): void {
  if (locale === null || locale === 'auto') {
    override = null;
  } else {
    const normalized = locale.trim().toLowerCase();
    if (!(LOCALES as readonly string[]).includes(normalized)) {
      console.warn(`hromada-widgets: setLocale("${locale}"): not ${LOCALES.join(', ')} or null`);
      return;
    }
    override = normalized as Locale;
  }
  startLocaleFollowing();
  applyWantedLocale();
}

/** The BCP 47 tag for Intl formatters in the current locale. */
export function intlLocale(): string {
  return getLocale() === 'uk' ? 'uk-UA' : 'en-GB';
}
