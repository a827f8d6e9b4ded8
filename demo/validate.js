// The demo's feed validator page: the package's own validateFeed(), the code
// the elements read feeds with, wired to a form. A module file, not inline
// script, so it runs under the page's strict CSP. Builds DOM with textContent only.
import { validateFeed } from '../dist/esm/data/validate.js';

const FORMAT_NAMES = {
  hromada: 'hromada feed',
  'json-feed': 'JSON Feed 1.1',
  rss: 'RSS',
  atom: 'Atom 1.0',
  wordpress: 'WordPress REST API',
};

function element(tag, text) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Reads the input: a URL is fetched (the feed's server must allow this page by CORS), anything else is the feed itself. */
async function check(input) {
  const value = input.trim();
  if (/^https?:\/\/\S+$/i.test(value)) {
    let response;
    try {
      response = await fetch(value, { credentials: 'omit' });
    } catch (error) {
      return { fetchError: `Не вдалося завантажити: ${error.message}. Можливо, сервер стрічки не дозволяє запити з інших сайтів (CORS) — вставте її текст.` };
    }
    if (!response.ok) return { fetchError: `Сервер відповів HTTP ${response.status}.` };
    return { report: validateFeed(await response.text(), response.url || value, { link: response.headers.get('link') }) };
  }
  return { report: validateFeed(value, new URL('feed', document.baseURI).href) };
}

export function renderReport(target, { report, fetchError }) {
  const parts = [];
  if (fetchError) parts.push(element('p', `✗ ${fetchError}`));
  else if (report.error) {
    parts.push(element('p', '✗ Віджети не зможуть показати цю стрічку:'));
    parts.push(element('p', report.error.message));
  } else {
    const { items, hotlines, guides, videos } = report.counts;
    parts.push(element('p', `${report.ok ? '✓ Без проблем' : `✗ Проблем: ${report.problems.length}`} · ${FORMAT_NAMES[report.format] ?? report.format} · новин: ${items}, гарячих ліній: ${hotlines}, посібників: ${guides}, відео: ${videos}`));
    if (report.problems.length) {
      const list = element('ol');
      list.className = 'validator-problems';
      for (const problem of report.problems) list.append(element('li', problem));
      parts.push(list);
      parts.push(element('p', 'Віджети пропустять те, що позначено як skipped/dropped, і покажуть решту.'));
    }
  }
  target.replaceChildren(...parts);
}

const form = document.getElementById('validator');
if (form) {
  const result = document.getElementById('validator-result');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = form.elements.namedItem('feed');
    if (!input.value.trim()) {
      result.replaceChildren(element('p', 'Вставте адресу або текст стрічки.'));
      input.focus();
      return;
    }
    result.replaceChildren(element('p', 'Перевіряю…'));
    renderReport(result, await check(input.value));
    form.dispatchEvent(new window.Event('validated', { bubbles: true }));
  });
}
