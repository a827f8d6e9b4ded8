// The XSS corpus (test/fixtures/xss-vectors.json) through every text, HTML and URL
// field of every element and feed format, against the built bundle on a page with
// NO CSP (so nothing but the widgets' own handling stops a payload): the sentinel
// window.__xss never fires, and no script, frame, object, embed, on* attribute or
// non-allowlisted URL appears in anything the widgets render.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer } from './support/server.mjs';
import { launchBrowser, openPage } from './support/browser.mjs';

const { vectors: VECTORS } = JSON.parse(readFileSync(new URL('../fixtures/xss-vectors.json', import.meta.url), 'utf8'));
const BATCH = Number(process.env.XSS_BATCH ?? 36);
const LIMIT = Number(process.env.XSS_LIMIT ?? Infinity);
const REGION = 'UA59100090000041284';
const DATE = '2024-05-01T10:00:00+03:00';

/** Every place a vector is put; the figure printed is VECTORS × FIELDS. */
const FIELDS = [
  // hromada feed (JSON Feed + _hromada), read by the embed, news list, hotline, guide and video
  ...['title', 'home_page_url', 'next_url'].map((f) => `hromada.${f}`),
  ...['id', 'url', 'external_url', 'title', 'summary', 'content_html', 'content_text', 'image', 'banner_image', 'tags', 'authors.name', 'authors.url', '_hromada.region'].map((f) => `hromada.items.${f}`),
  ...['label', 'phone', 'hours', 'time_zone', 'zoom_url', 'id'].map((f) => `hromada.hotlines.${f}`),
  ...['title', 'sections.title', 'sections.content_html', 'sections.id', 'id'].map((f) => `hromada.guides.${f}`),
  ...['youtube.video_id', 'youtube.title', 'youtube.description', 'youtube.duration', 'youtube.poster', 'vimeo.video_id', 'file.src', 'file.poster', 'captions.src', 'captions.srclang', 'captions.label', 'provider', 'id'].map((f) => `hromada.videos.${f}`),
  // plain JSON Feed
  ...['title', 'url', 'external_url', 'summary', 'content_html', 'content_text', 'image', 'tags', 'authors.name'].map((f) => `json-feed.items.${f}`),
  // RSS 2.0, each text both as CDATA and entity-escaped
  ...['channel.title', 'channel.link', 'title', 'link', 'guid', 'description', 'content:encoded', 'category', 'dc:creator', 'enclosure@url', 'media:content@url', 'media:description', 'media:thumbnail@url'].flatMap((f) => [`rss.${f}.cdata`, `rss.${f}.escaped`]),
  // Atom
  ...['feed.title', 'feed.link@href', 'xml:base', 'title@html', 'title@text', 'link@href', 'enclosure@href', 'id', 'summary@html', 'summary@text', 'content@html', 'category@term', 'category@label', 'author.name', 'author.uri'].map((f) => `atom.${f}`),
  // WordPress REST posts
  ...['link', 'title.rendered', 'excerpt.rendered', 'content.rendered', 'author.name', 'featuredmedia.source_url', 'featuredmedia.alt_text', 'term.name', 'Link header'].map((f) => `wordpress.${f}`),
  // attributes of every element
  ...['label', 'phone', 'hours', 'zoom-url', 'time-zone', 'variant', 'hotline', 'src'].map((a) => `hromada-hotline@${a}`),
  ...['video-id (youtube)', 'video-id (vimeo)', 'video-src', 'poster', 'video-title', 'description', 'duration', 'provider', 'video', 'src'].map((a) => `hromada-video@${a}`),
  ...['src', 'region', 'for', 'feed-region', 'limit'].map((a) => `hromada-news-list@${a}`),
  ...['value', 'only', 'url-param', 'regions-src', 'settlements-src'].map((a) => `hromada-region-filter@${a}`),
  ...['guide', 'src', 'light DOM heading', 'light DOM text'].map((a) => `hromada-guide@${a}`),
  ...['src', 'heading-level'].map((a) => `hromada-embed@${a}`),
];

// eslint-disable-next-line no-control-regex -- exactly the control characters XML 1.0 forbids
const xmlSafe = (v) => v.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''); // not characters XML can carry at all
const esc = (v) => xmlSafe(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cdata = (v) => `<![CDATA[${xmlSafe(v).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

function hromadaFeed(batch, plain) {
  const item = (v, i) => ({
    id: i % 2 ? v : `item-${i}`, url: v, external_url: v, title: v, summary: v, content_html: v, content_text: v, image: v, banner_image: v,
    tags: [v], authors: [{ name: v, url: v }], date_published: DATE, ...(plain ? {} : { _hromada: { region: v } }),
  });
  const feed = { version: 'https://jsonfeed.org/version/1.1', title: batch[0], home_page_url: batch[0], next_url: batch[0], items: batch.map(item) };
  if (plain) return feed;
  feed._hromada = {
    version: 1,
    region: REGION,
    hotlines: batch.flatMap((v, i) => [{ id: `h${i}`, label: v, phone: v, hours: v, time_zone: v, zoom_url: v }, { id: v, label: 'x', phone: '0683777777' }]),
    guides: batch.map((v, i) => ({ id: i % 2 ? v : `g${i}`, title: v, sections: [{ id: `s${i}`, title: v, content_html: v }, { id: v, title: 'ok', content_html: '<p>ok</p>' }] })),
    videos: batch.flatMap((v, i) => [
      { id: `y${i}`, provider: 'youtube', video_id: v, title: v, description: v, duration: v, poster: v },
      { id: `m${i}`, provider: 'vimeo', video_id: v, title: v },
      { id: `f${i}`, provider: 'file', src: v, title: v, poster: v, captions: [{ src: v, srclang: v, label: v }] },
      { id: v, provider: v, video_id: 'aqz-KE-bpKQ', title: v },
    ]),
  };
  return feed;
}

function rssFeed(batch) {
  const item = (v, wrap) => `<item><title>${wrap(v)}</title><link>${wrap(v)}</link><guid>${wrap(v)}</guid><description>${wrap(v)}</description>
    <content:encoded>${wrap(v)}</content:encoded><category>${wrap(v)}</category><dc:creator>${wrap(v)}</dc:creator><pubDate>Wed, 01 May 2024 07:00:00 GMT</pubDate>
    <enclosure url="${esc(v)}" type="image/jpeg" length="1"/><media:content url="${esc(v)}" medium="image"><media:description>${wrap(v)}</media:description></media:content>
    <media:thumbnail url="${esc(v)}"/></item>`;
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
    <title>${cdata(batch[0])}</title><link>${esc(batch[1] ?? batch[0])}</link><description>d</description>
    ${batch.map((v) => item(v, cdata) + item(v, esc)).join('\n')}</channel></rss>`;
}

function atomFeed(batch) {
  const entry = (v) => `<entry><title type="html">${esc(v)}</title><link href="${esc(v)}"/><link rel="enclosure" type="image/png" href="${esc(v)}"/><id>${esc(v)}</id>
    <updated>2024-05-01T07:00:00Z</updated><summary type="html">${esc(v)}</summary><content type="html">${cdata(v)}</content>
    <category term="${esc(v)}" label="${esc(v)}"/><author><name>${esc(v)}</name><uri>${esc(v)}</uri></author></entry>
    <entry><title type="text">${esc(v)}</title><id>t</id><updated>2024-05-01T07:00:00Z</updated><summary type="text">${esc(v)}</summary></entry>`;
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="${esc(batch[0])}"><title type="html">${esc(batch[0])}</title>
    <link href="${esc(batch[0])}"/><id>f</id><updated>2024-05-01T07:00:00Z</updated>${batch.map(entry).join('\n')}</feed>`;
}

function wordPressFeed(batch) {
  return batch.map((v, i) => ({
    id: i + 1, link: v, date_gmt: '2024-05-01T07:00:00', title: { rendered: v }, excerpt: { rendered: v }, content: { rendered: v },
    _embedded: { author: [{ name: v }], 'wp:featuredmedia': [{ source_url: v, alt_text: v }], 'wp:term': [[{ name: v }]] },
  }));
}

/** Builds the page's elements from the batch; runs in the browser. Attributes are set through the DOM, never parsed as markup. */
function buildPage({ batch, feeds }) {
  const add = (tag, attributes, children = []) => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.append(...children);
    document.body.append(el);
  };
  for (const src of Object.values(feeds)) add('hromada-news-list', { src, limit: '1000' });
  add('hromada-embed', { src: feeds.hromada });
  batch.forEach((v, i) => {
    add('hromada-hotline', { label: v, phone: v, hours: v, 'zoom-url': v, 'time-zone': v, variant: v, hotline: v });
    add('hromada-hotline', { src: v });
    add('hromada-video', { 'video-id': v, poster: v, 'video-title': v, description: v, duration: v });
    add('hromada-video', { provider: 'vimeo', 'video-id': v, 'video-title': 'v' });
    add('hromada-video', { provider: 'file', 'video-src': v, poster: v });
    add('hromada-video', { provider: v, 'video-id': 'aqz-KE-bpKQ' });
    add('hromada-video', { src: feeds.hromada, video: v });
    add('hromada-video', { src: v, video: 'x' });
    add('hromada-news-list', { src: feeds.hromada, region: v, for: v, 'feed-region': v, limit: v });
    add('hromada-news-list', { src: v });
    add('hromada-region-filter', { value: v, only: v, 'url-param': v, 'regions-src': v, 'settlements-src': v });
    const heading = document.createElement('h3');
    heading.textContent = v;
    const text = document.createElement('p');
    text.textContent = v;
    add('hromada-guide', { guide: v }, [heading, text]);
    add('hromada-guide', { src: feeds.hromada, guide: `g${i}` });
    add('hromada-guide', { src: v });
    add('hromada-embed', { src: v, 'heading-level': v });
  });
}

/** Runs in the browser: every element, attribute and URL inside what the widgets rendered. */
function inspect() {
  const problems = [];
  const player = /^https:\/\/(www\.youtube-nocookie\.com\/embed\/[\w-]{11}|player\.vimeo\.com\/video\/\d{1,12})\?[^"<>\s]*$/;
  const check = (el, where) => {
    const tag = el.localName;
    if (['script', 'object', 'embed', 'frame', 'frameset', 'applet', 'base', 'meta', 'portal'].includes(tag)) problems.push(`${where}: <${tag}>`);
    if (tag === 'iframe' && !(player.test(el.getAttribute('src') ?? '') && !el.hasAttribute('srcdoc'))) problems.push(`${where}: <iframe src=${el.getAttribute('src')}>`);
    if (tag === 'link' && el.getAttribute('rel') !== 'stylesheet') problems.push(`${where}: <link rel=${el.getAttribute('rel')}>`);
    for (const { name, value } of el.attributes) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) problems.push(`${where}: <${tag} ${name}>`);
      if (lower === 'srcdoc' || lower === 'formaction' || lower === 'action') problems.push(`${where}: <${tag} ${name}>`);
      if (lower === 'style' && /url\(|expression|javascript|binding|behavior/i.test(value)) problems.push(`${where}: <${tag} style="${value}">`);
      if (['href', 'xlink:href', 'src', 'poster', 'background', 'data', 'srcset'].includes(lower)) {
        let protocol;
        try {
          protocol = new URL(value.trim(), el.baseURI).protocol;
        } catch {
          protocol = 'unparsable';
        }
        const allowed = lower === 'href' && tag === 'a' ? ['http:', 'https:', 'mailto:', 'tel:'] : ['http:', 'https:'];
        if (!allowed.includes(protocol)) problems.push(`${where}: <${tag} ${name}="${value.slice(0, 80)}">`);
      }
    }
  };
  const walk = (root, where) => {
    for (const el of root.querySelectorAll('*')) {
      check(el, where);
      if (el.shadowRoot) walk(el.shadowRoot, `${where} > ${el.localName}`);
    }
  };
  const widgets = [...document.body.children].filter((el) => el.localName.startsWith('hromada-'));
  for (const el of widgets) {
    walk(el, `${el.localName} (light DOM)`);
    if (el.shadowRoot) walk(el.shadowRoot, el.localName);
  }
  return problems;
}

/** Runs in the browser: every hromada element, in any shadow root, has rendered and nothing is still loading. */
function settled() {
  const all = [];
  const collect = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('hromada-')) all.push(el);
      if (el.shadowRoot) collect(el.shadowRoot);
    }
  };
  collect(document);
  // An embed given no feed URL at all (a blank vector) waits for one: busy is its rest state.
  const idle = (el) => el.localName === 'hromada-embed' && !el.getAttribute('src')?.trim();
  return all.every((el) => el.shadowRoot?.childElementCount > 0 && (idle(el) || !el.shadowRoot.querySelector('[aria-busy="true"]')));
}

let browser;
let server;
const feeds = new Map();
before(async () => {
  browser = await launchBrowser();
  server = await startServer({
    routes: {
      '/xss-feed': (req, res, url) => {
        const feed = feeds.get(url.searchParams.get('id'));
        if (!feed) return false;
        res.writeHead(200, { 'content-type': feed.type, 'cache-control': 'no-store', ...(feed.link ? { link: feed.link } : {}) });
        res.end(feed.body);
        return true;
      },
    },
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test(`XSS corpus: ${VECTORS.length} vectors × ${FIELDS.length} fields through every element and format`, { timeout: 120_000 }, async () => {
  const allProblems = [];
  const fired = [];
  const pageErrors = [];
  let players = 0;
  for (let start = 0; start < Math.min(LIMIT, VECTORS.length); start += BATCH) {
    const batch = VECTORS.slice(start, start + BATCH);
    const id = (format) => `${format}-${start}`;
    const json = (value) => ({ type: 'application/json; charset=utf-8', body: JSON.stringify(value) });
    feeds.set(id('hromada'), json(hromadaFeed(batch, false)));
    feeds.set(id('json'), json(hromadaFeed(batch, true)));
    feeds.set(id('rss'), { type: 'application/rss+xml; charset=utf-8', body: rssFeed(batch) });
    feeds.set(id('atom'), { type: 'application/atom+xml; charset=utf-8', body: atomFeed(batch) });
    // Header values must be Latin-1 without line breaks: the vector is percent-encoded where it is not.
    const link = /^[\x20-\x7e]*$/.test(batch[0]) ? `<${batch[0]}>; rel="next"` : `<${encodeURI(batch[0])}>; rel="next"`;
    feeds.set(id('wordpress'), { ...json(wordPressFeed(batch)), link });
    const feedUrls = Object.fromEntries(['hromada', 'json', 'rss', 'atom', 'wordpress'].map((f) => [f, `/xss-feed?id=${id(f)}`]));

    const { page, context, log } = await openPage(browser, undefined);
    await context.route((url) => !url.href.startsWith(server.origin), (route) => route.abort());
    await page.addInitScript(() => {
      window.__fired = [];
      const sentinel = (...args) => window.__fired.push(`sentinel(${args.join(',')}) from ${new Error().stack?.split('\n')[2]?.trim()}`);
      Object.defineProperty(window, '__xss', { value: sentinel, writable: false, configurable: false });
      for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = (...args) => window.__fired.push(`${name}(${args.join(',')})`);
    });
    await page.goto(`${server.origin}/test/e2e/pages/blank.html`);
    // A canary outside the widgets proves the sentinel would see a payload that ran.
    await page.evaluate(() => {
      const canary = document.createElement('div');
      // eslint-disable-next-line no-restricted-properties -- the page's own unsafe write, the one thing that should fire
      canary.innerHTML = '<img src="canary.png" onerror="__xss(\'canary\')">';
      document.body.append(canary);
    });
    await page.evaluate(buildPage, { batch, feeds: feedUrls });
    await page.addScriptTag({ url: '/dist/hromada-widgets.js' });
    await page.waitForFunction(settled, undefined, { timeout: 20_000, polling: 100 });
    // Press play on every video that offers it: the players built must come from validated ids.
    players += await page.evaluate(() => {
      let count = 0;
      const press = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName === 'hromada-video') {
            const button = el.shadowRoot?.querySelector('[part~="play-button"]');
            if (button) {
              button.click();
              count += 1;
            }
          }
          if (el.shadowRoot) press(el.shadowRoot);
        }
      };
      press(document);
      return count;
    });
    // Let anything scheduled (an image error, a frame load, a meta refresh) run.
    await page.waitForTimeout(100);
    allProblems.push(...(await page.evaluate(inspect)).map((p) => `vectors ${start}…${start + batch.length - 1}: ${p}`));
    const calls = await page.evaluate(() => window.__fired);
    assert.ok(calls.some((call) => call.startsWith('sentinel(canary)')), 'the canary payload reached the sentinel');
    fired.push(...calls.filter((call) => !call.startsWith('sentinel(canary)')).map((f) => `vectors ${start}…${start + batch.length - 1}: ${f}`));
    pageErrors.push(...log.pageErrors);

    await context.close();
  }
  console.log(`xss: ${VECTORS.length} vectors × ${FIELDS.length} fields = ${VECTORS.length * FIELDS.length} tried; ${players} players started`);
  assert.deepEqual(fired, [], 'the sentinel fired');
  assert.deepEqual([...new Set(allProblems)].slice(0, 40), [], 'forbidden markup in what the widgets rendered');
  assert.deepEqual(pageErrors, [], 'uncaught errors on the page');
});
