// The npm package inside React 19 and Vue 3: each app is bundled with esbuild
// from the package's own ES module entries (dist/esm, via package.json exports),
// rendered in Chromium, and checked for properties set and events heard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { startServer, ROOT } from './support/server.mjs';
import { launchBrowser, openPage } from './support/browser.mjs';

const OUT = path.join(ROOT, 'test/e2e/.build');
const PAGE = (script) =>
  `<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>app</title><link rel="icon" href="data:,"></head>` +
  `<body><div id="root"></div><script type="module" src="/test/e2e/.build/${script}"></script></body></html>`;

let browser;
let server;
before(async () => {
  mkdirSync(OUT, { recursive: true });
  await build({
    entryPoints: { 'react-app': path.join(ROOT, 'test/e2e/frameworks/react-app.jsx'), 'vue-app': path.join(ROOT, 'test/e2e/frameworks/vue-app.js') },
    outdir: OUT,
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    logLevel: 'error',
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
  server = await startServer({
    routes: {
      '/react.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE('react-app.js')) && true,
      '/vue.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE('vue-app.js')) && true,
    },
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const framework of ['react', 'vue']) {
  test(`${framework}: renders the elements, sets properties, hears their events`, async () => {
    const { page, context, log } = await openPage(browser, `${server.origin}/${framework}.html`);
    const phone = () => page.evaluate(() => document.querySelector('#hotline').shadowRoot?.querySelector('[part="phone"]')?.textContent);
    await page.waitForFunction(() => document.querySelector('#hotline')?.shadowRoot?.querySelector('[part="phone"]'));
    assert.equal(await phone(), '068 377 77 77');
    await page.click('#change-phone');
    await page.waitForFunction(() => document.querySelector('#hotline').shadowRoot.querySelector('[part="phone"]').textContent === '0 800 501 701');
    await page.waitForFunction(() => document.querySelector('#guide')?.shadowRoot?.querySelector('button[aria-expanded]'));
    await page.evaluate(() => document.querySelector('#guide').shadowRoot.querySelector('button[aria-expanded]').click());
    await page.waitForFunction(() => document.querySelector('#toggles').textContent.includes('"open":true'));
    const heard = JSON.parse(await page.evaluate(() => document.querySelector('#toggles').textContent));
    assert.deepEqual(heard, [{ sectionId: 'first', open: true }]);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });
}
