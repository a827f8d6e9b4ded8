// Feeds as real producers serve them, through the built script, read by a
// reader in Kyiv: what a webmaster's own site sends (WordPress asked for only
// some fields, a feed behind a redirect, a static host elsewhere) must show the
// right dates and links, and stay fresh.
import { test, before, after } from 'node:test';
import { createServer } from 'node:http';
import assert from 'node:assert/strict';
import { startServer } from './support/server.mjs';
import { launchBrowser, openPage } from './support/browser.mjs';

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await startServer({
    routes: {
      '/p.html': (req, res, url) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>feeds</title>
          <link rel="icon" href="data:,"><script src="/dist/hromada-widgets.js" defer></script></head>
          <body><hromada-news-list src="${url.searchParams.get('src')}"></hromada-news-list></body></html>`);
        return true;
      },
      // WordPress asked for some fields only (`?_fields=`): `date` is the site's own time, with no zone and no date_gmt.
      '/wp-json/wp/v2/posts': (req, res) => {
        res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
        res.end(JSON.stringify([{ id: 7, date: '2024-05-01T23:30:00', link: 'https://hromada.example/7/', title: { rendered: 'Пізня новина' } }]));
        return true;
      },
      // The webmaster's URL redirects (WordPress's /feed → /feed/, a CDN): the feed's relative links are relative to where it ended.
      '/old/feed': (req, res) => {
        res.writeHead(301, { location: '/new/sub/feed.json' }).end();
        return true;
      },
      '/new/sub/feed.json': (req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: 'Перенесена', url: 'news/1', image: 'img/1.jpg' }] }));
        return true;
      },
    },
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The first item of the list on a page showing `src`, once it has rendered. */
async function firstItem(src) {
  const { page, context, log } = await openPage(browser, `${server.origin}/p.html?src=${encodeURIComponent(src)}`, { timezoneId: 'Europe/Kyiv', locale: 'uk-UA' });
  await page.waitForFunction(() => document.querySelector('hromada-news-list')?.shadowRoot?.querySelector('[part=item]'), null, { timeout: 10_000 });
  const item = await page.evaluate(() => {
    const li = document.querySelector('hromada-news-list').shadowRoot.querySelector('[part=item]');
    return {
      datetime: li.querySelector('time')?.getAttribute('datetime'),
      date: li.querySelector('time')?.textContent.trim(),
      href: li.querySelector('[part=link]')?.getAttribute('href'),
      image: li.querySelector('[part=image]')?.getAttribute('src'),
    };
  });
  await context.close();
  assert.deepEqual(log.pageErrors, []);
  return item;
}

test('WordPress without date_gmt: the site-local date is the Kyiv reader’s, not UTC', async () => {
  const item = await firstItem('/wp-json/wp/v2/posts?_fields=id,date,link,title');
  assert.equal(item.datetime, '2024-05-01T20:30:00.000Z');
  assert.match(item.date, /^1 травня 2024/);
});

test('a redirected feed: relative links resolve against the URL it was served from', async () => {
  const item = await firstItem('/old/feed');
  assert.equal(item.href, `${server.origin}/new/sub/news/1`);
  assert.equal(item.image, `${server.origin}/new/sub/img/1.jpg`);
});

test('a feed on a static host elsewhere (CORS *, ETag, no preflight) stays fresh on the next visit', async () => {
  let title = 'Перша';
  const methods = [];
  const host = createServer((req, res) => {
    methods.push(req.method);
    // What GitHub Pages, S3 or a plain nginx with `add_header Access-Control-Allow-Origin *` do with a preflight.
    if (req.method === 'OPTIONS') return res.writeHead(405).end();
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*', etag: `"${methods.length}"`, 'last-modified': 'Wed, 01 May 2024 10:00:00 GMT', 'cache-control': 'no-cache' });
    res.end(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title }] }));
  });
  await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
  const { page, context, log } = await openPage(browser, null);
  const shown = () =>
    page.waitForFunction(
      (want) => {
        const root = document.querySelector('hromada-news-list')?.shadowRoot;
        return root?.querySelector('[part=title]')?.textContent.trim() === want && !root.querySelector('[part=stale]');
      },
      title,
      { timeout: 10_000 },
    );
  const url = `${server.origin}/p.html?src=${encodeURIComponent(`http://127.0.0.1:${host.address().port}/news.json`)}`;
  await page.goto(url);
  await shown();
  title = 'Друга';
  await page.goto(url);
  await shown();
  await context.close();
  host.close();
  host.closeAllConnections();
  assert.deepEqual(methods, ['GET', 'GET']);
  assert.deepEqual(log.pageErrors, []);
});
