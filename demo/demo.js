// The demo's language switch: it only sets <html lang>; the widgets follow it.
// `?lang=en` opens the demo in English (used by scripts/screenshots.mjs).
const buttons = document.querySelectorAll('.language button');

function showLanguage(lang) {
  document.documentElement.lang = lang;
  for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
}

for (const button of buttons) button.addEventListener('click', () => showLanguage(button.dataset.lang));

const requested = new URLSearchParams(location.search).get('lang');
if (requested === 'uk' || requested === 'en') showLanguage(requested);
