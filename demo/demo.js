// The demo's language switch: it sets <html lang>, which the widgets follow, and
// shows the page's own content written in that language ([data-lang-content]).
// `?lang=en` opens it in English (used by scripts/screenshots.mjs).
function showLanguage(lang) {
  document.documentElement.lang = lang;
  for (const button of document.querySelectorAll('.language button')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  for (const block of document.querySelectorAll('[data-lang-content]')) {
    block.hidden = block.lang !== lang;
  }
  // The page's own headings: Ukrainian in the markup, English in data-en.
  for (const text of document.querySelectorAll('[data-en]')) {
    text.dataset.uk ??= text.textContent;
    text.textContent = lang === 'en' ? text.dataset.en : text.dataset.uk;
  }
}

for (const button of document.querySelectorAll('.language button')) {
  button.addEventListener('click', () => showLanguage(button.dataset.lang));
}

// A shared link to a section of the English guide (#return-en) switches to English.
const target = document.getElementById(window.location.hash.slice(1));
const block = target && target.closest('[data-lang-content]');
if (block && block.hidden) {
  showLanguage(block.lang);
  // The guide looked for its section while it was hidden: point it there again.
  window.dispatchEvent(new window.Event('hashchange'));
}

const requested = new URLSearchParams(location.search).get('lang');
if (requested === 'uk' || requested === 'en') showLanguage(requested);

