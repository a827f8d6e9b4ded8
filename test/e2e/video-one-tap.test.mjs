// <hromada-video> from the built script on a phone (touch, mobile viewport, an
// iPhone's user agent) under the strict CSP with Trusted Types: nothing goes to a
// video host before the tap; one tap builds the player inside the tap and, once
// it has loaded, sends it the play command (iOS Safari does not carry the tap into
// the player's autoplay=1). The players are stand-ins served by a route, which
// record the messages they get.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './support/server.mjs';
import { launchBrowser, openPage } from './support/browser.mjs';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
  "require-trusted-types-for 'script'",
  'trusted-types lit-html hromada-widgets',
].join('; ');

const PAGE = `<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>video</title>
<meta name="viewport" content="width=device-width"><script src="/dist/hromada-widgets.js"></script></head><body>
<hromada-video id="yt" video-id="aqz-KE-bpKQ" video-title="Як підтримати" duration="PT4M12S" poster="/demo/images/reintegration.svg"></hromada-video>
<hromada-video id="vimeo" provider="vimeo" video-id="76979871" video-title="Vimeo"></hromada-video>
</body></html>`;

const IPHONE = {
  userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  locale: 'uk-UA',
};

const STAND_IN = `<!doctype html><script>window.got = []; addEventListener('message', (e) => got.push([e.origin, e.data]));</script>`;

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await startServer({
    routes: {
      '/video.html': (req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP }).end(PAGE);
        return true;
      },
    },
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The stand-in player of `host` once it has got a message (polled: it lives in another origin). */
async function messaged(page, host) {
  for (let i = 0; i < 100; i += 1) {
    const found = page.frames().find((f) => f.url().includes(host));
    if (found && (await found.evaluate(() => window.got?.length ?? 0).catch(() => 0))) return found;
    await page.waitForTimeout(50);
  }
  return undefined;
}

for (const [id, host, command] of [
  ['yt', 'www.youtube-nocookie.com', { event: 'command', func: 'playVideo', args: [] }],
  ['vimeo', 'player.vimeo.com', { method: 'play' }],
]) {
  test(`one tap plays ${id} on a phone: nothing before, the player built in the tap, then told to play`, async () => {
    const { page, context, log } = await openPage(browser, null, IPHONE);
    const hosts = [];
    await context.route(/^https:\/\//, (route) => {
      const url = new URL(route.request().url());
      hosts.push(url.hostname);
      return url.hostname === host ? route.fulfill({ contentType: 'text/html', body: STAND_IN }) : route.abort();
    });
    try {
      await page.goto(`${server.origin}/video.html`);
      await page.waitForFunction(() => document.querySelector('#vimeo')?.shadowRoot?.querySelector('[part~="play-button"]'));
      await page.waitForTimeout(300);
      assert.deepEqual(hosts, [], 'no request to a video host before the tap');

      await page.locator(`#${id}`).locator('[part~="play-button"]').tap();
      const frame = await messaged(page, host);
      assert.ok(frame, `the ${host} player got a message`);
      const got = await frame.evaluate(() => window.got);
      assert.deepEqual(got.map(([origin, data]) => [origin, JSON.parse(data)]), [[server.origin, command]]);

      const player = await page.evaluate((which) => {
        const root = document.querySelector(`#${which}`).shadowRoot;
        const iframe = root.querySelector('iframe');
        return { src: iframe.src, allow: iframe.allow, focused: root.activeElement === iframe };
      }, id);
      assert.match(player.src, /[?&]autoplay=1(&|$)/);
      assert.match(player.allow, /\bautoplay\b/);
      assert.equal(player.focused, true);
      if (id === 'yt') assert.match(player.src, /&hl=uk&cc_lang_pref=uk/);
      else assert.match(player.src, /[?&]dnt=1(&|$)/);
      assert.deepEqual([...new Set(hosts)], [host]);
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });
}
