// Test helpers for the page language.
import { getLocale } from '../../src/i18n/localization.js';

/** Resolves once lit-localize has finished switching (its status event is async). */
export async function localeSettled(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Sets <html lang> and waits for the widgets to follow. */
export async function setPageLang(lang: string | null): Promise<string> {
  if (lang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', lang);
  await localeSettled();
  return getLocale();
}
