// A hostile network, end to end: the built script against scripted faults on a
// local server (timeout, 404, 500, 503 + Retry-After, truncated bodies, an HTML
// page, a CORS refusal, offline after a good load). Each ends in its defined
// state: a localized error with a working retry, loaded, or the kept copy marked
// outdated; never an uncaught exception. And 20 lists on one URL: 1 request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startServer, ROOT } from './support/server.mjs';
import { launchBrowser, openPage } from './support/browser.mjs';

const FEED = await readFile(path.join(ROOT, 'demo/feeds/znob-novhorodska.json'), 'utf8');
const ITEMS = JSON.parse(FEED).items.length;
const MESSAGE = {
  timeout: 'Не вдалося з’єднатися з сервером',
  notFound: 'Дані не знайдено',
  network: 'Не вдалося з’єднатися з сервером',
  format: 'Дані мають неправильний формат',
};

/**
 * The test seam: the element's 10 s timeout and 1–2 s backoff are real timers
 * (load-feed.ts `timers` calls the global setTimeout), so the page's clock runs
 * 20× faster for waits of a second or more. Every such delay is recorded, so a
 * test can tell a Retry-After wait (exactly 1000) from a jittered backoff.
 */
function fastClock(fastTimeout) {
  const real = window.setTimeout;
  window.__delays = [];
  window.setTimeout = function (callback, ms, ...rest) {
    if (ms >= 1000) window.__delays.push(ms);
    // The 10 s per-attempt timeout is shortened only where a test waits for it: a
    // 0.5 s timeout on a loaded machine would time out answers that do come.
    const fast = ms >= 1000 && (ms < 10_000 || fastTimeout);
    return real.call(this, callback, fast ? ms / 20 : ms, ...rest);
  };
}

const page = (src, count = 1) => `<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>faults</title><link rel="icon" href="data:,">
  <script src="/dist/hromada-widgets.js" defer></script></head><body>
  ${Array.from({ length: count }, (_, i) => `<hromada-news-list id="news${i}" src="${src}"></hromada-news-list>`).join('\n')}
  <hromada-embed id="embed" src="${src}"></hromada-embed>
</body></html>`;

const json = (res, body, status = 200, headers = {}) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(body);
  return true;
};

/** Serves `/p.html?src=…` (a page of lists on that feed) next to the given fault routes. */
function serve(routes, headers) {
  return startServer({
    headers,
    routes: {
      '/p.html': (req, res, url) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(url.searchParams.get('src'), Number(url.searchParams.get('n') || 1)));
        return true;
      },
      ...routes,
    },
  });
}

/** What the news list and the embed show: their error message, retry button, items, outdated notice. */
function states(tab) {
  return tab.evaluate(() =>
    [...document.querySelectorAll('hromada-news-list, hromada-embed')].map((el) => {
      const root = el.shadowRoot;
      return {
        id: el.id,
        error: root?.querySelector('[part=error]')?.textContent.trim() ?? '',
        retry: Boolean(root?.querySelector('[part=error] [part=retry]')),
        items: root?.querySelectorAll('[part=item]').length ?? 0,
        layout: Boolean(root?.querySelector('[part=layout]')),
        stale: root?.querySelector('[part=stale]')?.textContent.trim() ?? '',
      };
    }),
  );
}

/** Waits until every list and the embed have left loading: an error, or loaded. */
async function settled(tab, timeout = 15_000) {
  await tab.waitForFunction(
    () =>
      [...document.querySelectorAll('hromada-news-list, hromada-embed')].every((el) => {
        const root = el.shadowRoot;
        return root && (root.querySelector('[part=error]') || root.querySelector('[part=item]') || root.querySelector('[part=layout]'));
      }),
    null,
    { timeout },
  );
}

async function open(server, src, n, { fastTimeout = false } = {}) {
  const opened = await openPage(browser, null);
  await opened.page.addInitScript(fastClock, fastTimeout);
  await opened.page.goto(`${server.origin}/p.html?src=${encodeURIComponent(src)}${n ? `&n=${n}` : ''}`);
  await settled(opened.page);
  return opened;
}

const hits = (server, pathname) => server.requests.filter((request) => request.split('?')[0] === pathname).length;

function assertError(shown, message) {
  for (const state of shown) {
    assert.ok(state.error.includes(message), `${state.id}: "${state.error}" should say "${message}"`);
    assert.ok(state.retry, `${state.id}: a retry button`);
    assert.equal(state.items, 0);
  }
}

function assertLoaded(shown) {
  for (const state of shown) {
    assert.equal(state.error, '', `${state.id}: no error`);
    if (state.id === 'embed') assert.ok(state.layout, 'the embed rendered its layout');
    else assert.equal(state.items, ITEMS, `${state.id}: every item`);
  }
}

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('timeout: a route that never answers ends in the timeout message after the retries; retry works', async () => {
  let answer = false;
  const server = await serve({ '/hang.json': (req, res) => (answer ? json(res, FEED) : true) });
  try {
    const { page: tab, context, log } = await open(server, '/hang.json', undefined, { fastTimeout: true });
    assertError(await states(tab), MESSAGE.timeout);
    assert.equal(hits(server, '/hang.json'), 3, 'one attempt and two retries, shared by both elements');
    assert.ok(await tab.evaluate(() => window.__delays.includes(10_000)), 'the 10 s timeout was the one waited for');
    assert.ok(log.errors.some((text) => text.includes('/hang.json') && text.includes('no answer within')), 'the cause in the console');
    answer = true;
    await tab.evaluate(() => document.querySelector('#news0').shadowRoot.querySelector('[part=retry]').click());
    await tab.waitForFunction(() => document.querySelector('#news0').shadowRoot.querySelector('[part=item]'));
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  } finally {
    await server.close();
  }
});

test('404: the not-found message at once (no retries), and the retry button loads once it is there', async () => {
  let found = false;
  const server = await serve({ '/missing.json': (req, res) => (found ? json(res, FEED) : json(res, 'Not found', 404)) });
  try {
    const { page: tab, context, log } = await open(server, '/missing.json');
    assertError(await states(tab), MESSAGE.notFound);
    assert.equal(hits(server, '/missing.json'), 1, 'a 404 is not retried');
    assert.ok(log.errors.some((text) => text.includes('HTTP 404')), 'the cause in the console');
    found = true;
    await tab.evaluate(() => document.querySelectorAll('hromada-news-list, hromada-embed').forEach((el) => el.shadowRoot.querySelector('[part=retry]').click()));
    await tab.waitForFunction(() => !document.querySelector('#news0').shadowRoot.querySelector('[part=error]') && document.querySelector('#embed').shadowRoot.querySelector('[part=layout]'));
    await settled(tab);
    assertLoaded(await states(tab));
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  } finally {
    await server.close();
  }
});

test('500, then OK on the automatic retry: loaded', async () => {
  let count = 0;
  const server = await serve({ '/flaky.json': (req, res) => (count++ === 0 ? json(res, '{"error":"boom"}', 500) : json(res, FEED)) });
  try {
    const { page: tab, context, log } = await open(server, '/flaky.json');
    assertLoaded(await states(tab));
    assert.equal(hits(server, '/flaky.json'), 2);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  } finally {
    await server.close();
  }
});

test('503 with Retry-After: 1 waits the server’s second (not the backoff), then loads', async () => {
  let count = 0;
  const server = await serve({ '/busy.json': (req, res) => (count++ === 0 ? json(res, 'busy', 503, { 'retry-after': '1' }) : json(res, FEED)) });
  try {
    const { page: tab, context, log } = await open(server, '/busy.json');
    assertLoaded(await states(tab));
    assert.equal(hits(server, '/busy.json'), 2);
    assert.ok(await tab.evaluate(() => window.__delays.includes(1000)), 'a wait of exactly Retry-After');
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  } finally {
    await server.close();
  }
});

test('a body cut off mid-transfer (connection dropped): network error after the retries', async () => {
  const server = await serve({
    '/cut.json': (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(FEED)) });
      res.write(FEED.slice(0, 300));
      setTimeout(() => res.destroy(), 20);
      return true;
    },
  });
  try {
    const { page: tab, context, log } = await open(server, '/cut.json');
    assertError(await states(tab), MESSAGE.network);
    assert.equal(hits(server, '/cut.json'), 3);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  } finally {
    await server.close();
  }
});

test('a complete response whose JSON is truncated: the format message, not retried', async () => {
  const server = await serve({ '/truncated.json': (req, res) => json(res, FEED.slice(0, FEED.length / 2)) });
  try {
    const { page: tab, context, log } = await open(server, '/truncated.json');
    assertError(await states(tab), MESSAGE.format);
    assert.equal(hits(server, '/truncated.json'), 1);
    assert.ok(log.errors.some((text) => text.includes('/truncated.json')), 'the cause in the console');
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  } finally {
    await server.close();
  }
});

test('a wrong content type (an HTML page, as a misconfigured server sends): the format message', async () => {
  const html = '<!doctype html><html><head><title>Сторінку не знайдено</title></head><body><h1>Ой!</h1><script>window.__ran = 1</script></body></html>';
  const server = await serve({ '/page.json': (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html) && true });
  try {
    const { page: tab, context, log } = await open(server, '/page.json');
    assertError(await states(tab), MESSAGE.format);
    assert.equal(await tab.evaluate(() => window.__ran), undefined, 'the HTML was never run');
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  } finally {
    await server.close();
  }
});

test('a CORS refusal from a second origin: the network message, the page untouched', async () => {
  const other = await startServer({ routes: { '/feed.json': (req, res) => json(res, FEED) } }); // no Access-Control-Allow-Origin
  const server = await serve({});
  try {
    const { page: tab, context, log } = await open(server, `${other.origin}/feed.json`);
    assertError(await states(tab), MESSAGE.network);
    assert.ok(hits(other, '/feed.json') >= 1, 'the request reached the other origin');
    assert.ok(log.errors.some((text) => text.includes(other.origin)), 'the cause in the console');
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  } finally {
    await server.close();
    await other.close();
  }
});

test('offline after a good load: the kept copy shows, marked outdated', async () => {
  const server = await serve({ '/good.json': (req, res) => json(res, FEED) });
  try {
    const { page: tab, context, log } = await open(server, '/good.json');
    assertLoaded(await states(tab));
    // Offline, the reload itself must come from somewhere: the page and script from memory, the feed fails.
    const pageHtml = page('/good.json');
    const bundle = await readFile(path.join(ROOT, 'dist/hromada-widgets.js'));
    await context.route('**/p.html*', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pageHtml }));
    await context.route('**/dist/hromada-widgets.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: bundle }));
    await context.setOffline(true);
    const before = hits(server, '/good.json');
    await tab.reload();
    await tab.waitForFunction(() => document.querySelector('#news0')?.shadowRoot?.querySelector('[part=stale]'), null, { timeout: 15_000 });
    const [news] = await states(tab);
    assert.equal(news.items, ITEMS, 'the kept items');
    assert.ok(news.stale.includes('Дані можуть бути застарілими'), news.stale);
    assert.equal(news.error, '');
    assert.equal(hits(server, '/good.json'), before, 'offline: nothing reached the server');
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  } finally {
    await server.close();
  }
});

test('20 lists and an embed on one URL make exactly 1 request', async () => {
  const server = await serve({ '/shared.json': (req, res) => json(res, FEED) });
  try {
    const { page: tab, context, log } = await open(server, '/shared.json', 20);
    const shown = await states(tab);
    assert.equal(shown.length, 21);
    assertLoaded(shown);
    assert.equal(hits(server, '/shared.json'), 1);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  } finally {
    await server.close();
  }
});
