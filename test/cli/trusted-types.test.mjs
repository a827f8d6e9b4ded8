// Feeds still parse under an enforced Trusted Types CSP (SPEC §5). A page-level
// check with playwright-core: the in-page test harness cannot run under that CSP itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser, CHROMIUM_ARGS } from '../../scripts/lib/browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ORIGIN = 'http://hromada.test';
const CSP = "default-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types hromada-widgets";
const PAGE = `<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>TT</title><script type="module" src="/check.js"></script></head><body></body></html>`;
const CHECK = `
import { parseFeed } from '/dist/esm/data/load-feed.js';
const results = {};
try { new DOMParser().parseFromString('<p>x</p>', 'text/html'); results.plainString = 'accepted'; } catch (e) { results.plainString = e.name; }
try {
  const json = parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: 'A &amp; B', content_html: '<p>Текст<script>x</script></p>' }] }), 'https://example.gov.ua/f.json');
  const rss = parseFeed('<rss version="2.0"><channel><item><title>Новина</title><description><![CDATA[<b>жирно</b>]]></description></item></channel></rss>', 'https://example.gov.ua/rss');
  results.title = json.items[0].title;
  results.content = json.items[0].content;
  results.summary = rss.items[0].summary;
} catch (e) { results.error = String(e); }
window.__results = results;
`;

test('HTML and XML feeds parse with Trusted Types enforced, through the hromada-widgets policy', async () => {
  const browser = await chromium.launch({ executablePath: await findBrowser(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, async (route) => {
      const { pathname } = new URL(route.request().url());
      const headers = { 'Content-Security-Policy': CSP };
      if (pathname === '/') return route.fulfill({ body: PAGE, contentType: 'text/html', headers });
      if (pathname === '/check.js') return route.fulfill({ body: CHECK, contentType: 'text/javascript', headers });
      try {
        return route.fulfill({ body: await readFile(path.join(ROOT, pathname)), contentType: 'text/javascript', headers });
      } catch {
        return route.fulfill({ status: 404, body: '' });
      }
    });
    await page.goto(`${ORIGIN}/`);
    const results = await page.waitForFunction(() => window.__results).then((handle) => handle.jsonValue());
    assert.equal(results.plainString, 'TypeError', 'the CSP really enforces Trusted Types');
    assert.equal(results.error, undefined);
    // A JSON Feed title is plain text, never parsed: shown as written.
    assert.equal(results.title, 'A &amp; B');
    assert.deepEqual(results.content, [{ tag: 'p', children: ['Текст'] }]);
    assert.equal(results.summary, 'жирно');
  } finally {
    await browser.close();
  }
});
