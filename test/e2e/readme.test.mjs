// The README tried as a newcomer would: every `html` example under "For
// webmasters" is put, verbatim, in a plain page and loaded in Chromium. The CDN
// address is answered with the built dist/ (so the script finds its data/ from
// that address, as on jsDelivr), the feed addresses with the README's own
// complete feed example (or the WordPress and RSS fixtures), and the self-hosting example
// is served from a folder holding exactly the files the README lists, under the
// README's Content-Security-Policy. Every element must render, with no error,
// no page error and no CSP violation. The feed example must also pass the
// validator CLI the README tells webmasters to use.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { startServer, ROOT } from './support/server.mjs';
import { launchBrowser, openPage } from './support/browser.mjs';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The section of the README under a heading, up to the next heading of the same or a higher level. */
function section(heading) {
  const start = readme.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `README has no "${heading}"`);
  const level = heading.match(/^#+/)[0].length;
  const rest = readme.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`^#{1,${level}} `, 'm'));
  return end < 0 ? rest : rest.slice(0, end);
}

/** The fenced code blocks of a piece of markdown, with their language. */
const blocks = (markdown) => [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map(([, language, body]) => ({ language, body }));

const webmaster = section('## For webmasters');
const examples = blocks(webmaster).filter((b) => b.language === 'html' && b.body.includes('<script'));
const feedText = blocks(section('### The hromada feed')).find((b) => b.language === 'json').body;
const csp = blocks(section('### Content-Security-Policy')).find((b) => b.language === '').body.replace(/\s*\n\s*/g, ' ').trim();
// The policy as the README says to shorten it for a page whose own scripts write innerHTML (jQuery): without the directives it names.
const cspWithoutTrustedTypes = (() => {
  const named = [...section('### Content-Security-Policy').matchAll(/leave out the last line's two\s+directives, `([\w-]+)` and `([\w-]+)`/g)].flatMap((m) => m.slice(1));
  return named.length === 2 ? csp.split(/\s*;\s*/).filter((d) => !named.includes(d.split(' ')[0])).join('; ') : '';
})();
const CDN = 'https://cdn.jsdelivr.net/npm/hromada-widgets@0.1/dist/';
const BLANK_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>';
const RSS = readFileSync(path.join(ROOT, 'test/fixtures/feeds/rss-hromada-site.xml'), 'utf8');
const WORDPRESS = readFileSync(path.join(ROOT, 'test/fixtures/feeds/wordpress-posts.json'), 'utf8');

const page = (body, head = '') =>
  `<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>README example</title><link rel="icon" href="data:,">${head}</head><body>\n${body}\n</body></html>`;

let browser;
let server;
let folder;
let routes;
before(async () => {
  // The self-hosting folder, exactly as the README lists it.
  folder = mkdtempSync(path.join(tmpdir(), 'hromada-readme-'));
  const selfHosted = examples.find((b) => !b.body.includes(CDN));
  const files = {
    '/selfhost/hromada-widgets.js': readFileSync(path.join(ROOT, 'dist/hromada-widgets.js')),
    '/selfhost/data/ua-hromadas.json': readFileSync(path.join(ROOT, 'dist/data/ua-hromadas.json')),
    '/selfhost/data/ua-settlements.json': readFileSync(path.join(ROOT, 'dist/data/ua-settlements.json')),
    '/selfhost/hromada-feed.json': feedText,
  };
  const TYPES = { '.js': 'text/javascript', '.json': 'application/json' };
  routes = {
    '/selfhost/page.html': (req, res) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }).end(page(selfHosted?.body ?? '')) && true,
  };
  routes['/selfhost/page-without-trusted-types.html'] = (req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': cspWithoutTrustedTypes }).end(page(selfHosted?.body ?? '')) && true;
  for (const [route, body] of Object.entries(files)) {
    routes[route] = (req, res) => res.writeHead(200, { 'content-type': `${TYPES[path.extname(route)]}; charset=utf-8` }).end(body) && true;
  }
  examples.forEach((example, i) => {
    writeFileSync(path.join(folder, `${i}.html`), page(example.body));
    routes[`/example-${i}.html`] = (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(example.body)) && true;
    // The README's CSP as its text says to complete it: the feed's host in connect-src, the images' in img-src.
    const feedHosts = [...new Set(example.body.match(/https:\/\/[^/"]+/g))].filter((host) => !CDN.startsWith(host)).join(' ');
    const completed = csp.replace("connect-src 'self'", `connect-src 'self' ${feedHosts}`).replace("img-src 'self' data:", "img-src 'self' data: https:");
    routes[`/csp-example-${i}.html`] = (req, res) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': completed }).end(page(example.body)) && true;
  });
  // The README's React example, bundled as a developer's app would be.
  mkdirSync(path.join(ROOT, 'test/e2e/.build'), { recursive: true });
  await build({
    entryPoints: { 'react-embed': path.join(ROOT, 'test/e2e/frameworks/react-embed.jsx') },
    outdir: path.join(ROOT, 'test/e2e/.build'),
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  routes['/react-embed.html'] = (req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page('<div id="root"></div><script type="module" src="/test/e2e/.build/react-embed.js"></script>')) && true;
  routes['/hromada-feed.json'] = files['/selfhost/hromada-feed.json'] && routes['/selfhost/hromada-feed.json'];
  server = await startServer({ routes });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Answers the README's made-up addresses: the CDN with dist/, feeds with the README's feed or the WordPress fixture. */
async function routeTheInternet(context, requests) {
  await context.route(/^https:\/\//, (route) => {
    const url = new URL(route.request().url());
    requests.push(url.href);
    const cors = { 'access-control-allow-origin': '*' };
    if (url.href.startsWith(CDN)) {
      const file = path.join(ROOT, 'dist', url.pathname.slice(new URL(CDN).pathname.length));
      return route.fulfill({ path: file, headers: { ...cors, 'content-type': file.endsWith('.js') ? 'text/javascript' : 'application/json' } });
    }
    if (url.pathname.startsWith('/wp-json/wp/v2/posts')) return route.fulfill({ body: WORDPRESS, headers: { ...cors, 'content-type': 'application/json' } });
    if (/^\/(rss|feed)\/?$/.test(url.pathname)) return route.fulfill({ body: RSS, headers: { ...cors, 'content-type': 'application/rss+xml' } });
    if (url.pathname.endsWith('.json')) return route.fulfill({ body: feedText, headers: { ...cors, 'content-type': 'application/json' } });
    // The feeds' images (the WordPress fixture's featured images): a blank picture.
    if (route.request().resourceType() === 'image') return route.fulfill({ body: BLANK_SVG, headers: { 'content-type': 'image/svg+xml' } });
    return route.abort('blockedbyclient');
  });
}

/** Waits until every hromada-* element of the page has rendered something, and reports what each shows. */
async function rendered(page) {
  await page.waitForFunction(() => {
    const elements = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('hromada-'));
    return elements.length > 0 && elements.every((e) => customElements.get(e.localName) && e.shadowRoot?.firstElementChild && !e.shadowRoot.querySelector('[aria-busy="true"], [part~="skeleton"]'));
  }, null, { timeout: 15000 });
  return page.evaluate(() => {
    const errors = [];
    const visit = (root) => {
      for (const e of root.querySelectorAll('*')) {
        if (!e.shadowRoot) continue;
        for (const error of e.shadowRoot.querySelectorAll('[part~="error"], [part~="message"]')) errors.push(`${e.localName}: ${error.textContent.trim()}`);
        visit(e.shadowRoot);
      }
    };
    visit(document);
    return errors;
  });
}

/** What the embed shows of the README's feed: each part and the element inside it. */
async function checkEmbed(page) {
  await page.waitForFunction(() => {
    const root = document.querySelector('hromada-embed')?.shadowRoot;
    // The part is the element itself (the hotlines) or the area around it.
    const inner = (part, tag, inside) => root?.querySelector(`${tag}[part~="${part}"], [part~="${part}"] ${tag}`)?.shadowRoot?.querySelector(inside);
    return inner('hotlines', 'hromada-hotline', '[part~="phone"]') && inner('news', 'hromada-news-list', '[part~="item"]') &&
      inner('guides', 'hromada-guide', '[part~="button"]') && inner('videos', 'hromada-video', '[part~="play-button"]');
  }, null, { timeout: 15000 });
  return page.evaluate(() => {
    const root = document.querySelector('hromada-embed').shadowRoot;
    const text = (part, tag, inside) => [...root.querySelector(`${tag}[part~="${part}"], [part~="${part}"] ${tag}`).shadowRoot.querySelectorAll(inside)].map((e) => e.textContent.trim());
    return {
      phone: text('hotlines', 'hromada-hotline', '[part~="phone"]'),
      news: text('news', 'hromada-news-list', '[part~="title"]'),
      sections: text('guides', 'hromada-guide', '[part~="button"]'),
      guideTitle: root.querySelector('[part~="guides"] [part~="section-heading"]')?.textContent.trim(),
      videos: root.querySelectorAll('[part~="videos"] hromada-video').length,
    };
  });
}

test('the README has webmaster examples for the CDN and for self-hosting, a feed example and a CSP', () => {
  assert.ok(examples.length >= 3, `only ${examples.length} html examples with a script tag under "For webmasters"`);
  assert.ok(examples[0].body.includes(`${CDN}hromada-widgets.js`) && examples[0].body.includes('<hromada-embed'), 'the first example is the one-tag embed from the CDN');
  assert.ok(examples.some((b) => b.body.includes('src="hromada-widgets.js"')), 'a self-hosting example');
  assert.match(csp, /require-trusted-types-for 'script'/);
  assert.doesNotMatch(feedText, /…/, 'the feed example is complete, not elided');
});

test('the README\'s feed example passes the validator it tells webmasters to run', () => {
  const file = path.join(folder, 'hromada-feed.json');
  writeFileSync(file, feedText);
  const report = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'bin/hromada-widgets.mjs'), 'validate', file, '--json'], { encoding: 'utf8' }));
  assert.equal(report.ok, true, JSON.stringify(report));
  assert.deepEqual(report.counts, { items: 1, hotlines: 1, guides: 1, videos: 1 });
});

test('the one-tag embed from the CDN renders every part of the README\'s feed', async () => {
  const { page, context, log } = await openPage(browser);
  const requests = [];
  await routeTheInternet(context, requests);
  await page.goto(`${server.origin}/example-0.html`);
  const shown = await checkEmbed(page);
  assert.deepEqual(shown.phone, ['068 377 77 77']);
  assert.deepEqual(shown.news, ['Як підтримати людей, які повернулися з полону: новий посібник']);
  assert.deepEqual(shown.sections.map((s) => s.replace(/\s+/g, ' ')), ['Перші дні вдома', 'Куди звернутися']);
  assert.equal(shown.guideTitle, 'Повернення з полону: як підтримати');
  assert.equal(shown.videos, 1);
  assert.deepEqual(await rendered(page), []);
  // Nothing from the video host before play; the script's data/ from the CDN path beside it.
  assert.deepEqual(requests.filter((url) => /youtube|vimeo|ytimg/.test(url)), []);
  assert.ok(requests.every((url) => url.startsWith(CDN) || url.startsWith('https://your-hromada.gov.ua/')), requests.join('\n'));
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the self-hosting example works from a folder of the four listed files, under the README\'s CSP', async () => {
  const { page, context, log } = await openPage(browser);
  const requests = [];
  await routeTheInternet(context, requests);
  await page.goto(`${server.origin}/selfhost/page.html`);
  const shown = await checkEmbed(page);
  assert.deepEqual(shown.phone, ['068 377 77 77']);
  assert.equal(shown.news.length, 1);
  assert.deepEqual(await rendered(page), []);
  assert.deepEqual(requests, [], 'a self-hosted page asks nothing of other hosts');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the README\'s CSP without its Trusted Types line, as it says for pages with jQuery, still has the widgets render with no violation', async () => {
  assert.match(cspWithoutTrustedTypes, /^default-src 'self'; .*frame-src /, 'the README names the two directives to leave out');
  assert.doesNotMatch(cspWithoutTrustedTypes, /trusted-types/);
  const { page, context, log } = await openPage(browser);
  await routeTheInternet(context, []);
  await page.goto(`${server.origin}/selfhost/page-without-trusted-types.html`);
  const shown = await checkEmbed(page);
  assert.deepEqual(shown.phone, ['068 377 77 77']);
  assert.deepEqual(await rendered(page), []);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('the README\'s Language snippet, pasted after the script tag, makes the embed English', async () => {
  const snippet = blocks(section('### Language')).find((b) => b.language === 'html')?.body;
  assert.ok(snippet?.includes('hromadaWidgets.setLocale('), 'the Language section shows how to call setLocale');
  routes['/language.html'] = (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(`${examples[0].body}\n${snippet}`)) && true;
  const { page: tab, context, log } = await openPage(browser);
  await routeTheInternet(context, []);
  await tab.goto(`${server.origin}/language.html`);
  await checkEmbed(tab);
  const heading = await tab.evaluate(() => document.querySelector('hromada-embed').shadowRoot.querySelector('[part~="videos"] [part~="section-heading"]').textContent.trim());
  assert.equal(heading, 'Videos');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('every other webmaster example renders each of its elements without an error', async () => {
  for (const [i, example] of examples.entries()) {
    if (i === 0 || !example.body.includes(CDN)) continue;
    const { page, context, log } = await openPage(browser);
    const requests = [];
    await routeTheInternet(context, requests);
    await page.goto(`${server.origin}/example-${i}.html`);
    assert.deepEqual(await rendered(page), [], `example ${i}:\n${example.body}`);
    // A news list with a feed (not one waiting for a region) shows its news.
    await page.waitForFunction(() => [...document.querySelectorAll('hromada-news-list:not([src*="{region}"])')]
      .every((list) => list.shadowRoot.querySelector('[part~="item"]')), null, { timeout: 15000 });
    assert.deepEqual(log.pageErrors, [], `example ${i}`);
    assert.deepEqual(log.errors, [], `example ${i}; requests:\n${requests.join('\n')}`);
    await context.close();
  }
});

test('the CDN examples under the README\'s CSP: the region data comes from the CDN too, with no violation', async () => {
  for (const [i, example] of examples.entries()) {
    if (!example.body.includes(CDN)) continue;
    const { page, context, log } = await openPage(browser);
    await routeTheInternet(context, []);
    await page.goto(`${server.origin}/csp-example-${i}.html`);
    assert.deepEqual(await rendered(page), [], `example ${i}`);
    // Every region filter, the embed's too, opened: it fetches the region tree from beside the script.
    await page.evaluate(() => {
      const open = (root) => root.querySelectorAll('*').forEach((e) => (e.localName === 'hromada-region-filter' ? (e.open = true) : e.shadowRoot && open(e.shadowRoot)));
      open(document);
    });
    await page.waitForFunction(() => {
      const filters = [...document.querySelectorAll('hromada-region-filter')];
      return filters.every((filter) => filter.shadowRoot.querySelector('[part~="choice"], [part~="error"]'));
    }, null, { timeout: 15000 });
    assert.deepEqual(await rendered(page), [], `example ${i}`);
    assert.deepEqual(await page.evaluate(() => window.__violations), [], `example ${i}`);
    assert.deepEqual(log.pageErrors, [], `example ${i}`);
    await context.close();
  }
});

test('the README\'s React example: the embed in a React 19 app, its event heard', async () => {
  assert.ok(section('### React 19 and Vue 3').includes('<!-- file:test/e2e/frameworks/react-embed.jsx -->'), 'the README shows test/e2e/frameworks/react-embed.jsx');
  const { page, context, log } = await openPage(browser, `${server.origin}/react-embed.html`);
  const shown = await checkEmbed(page);
  assert.deepEqual(shown.phone, ['068 377 77 77']);
  assert.deepEqual(shown.sections.map((s) => s.replace(/\s+/g, ' ')), ['Перші дні вдома', 'Куди звернутися']);
  await page.waitForFunction(() => document.querySelector('#news-count').textContent === 'Новин: 1');
  assert.deepEqual(await rendered(page), []);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});
