// The built script on pages that fight it: a strict CSP with Trusted Types, the
// <style> fallback under a nonce, a hostile stylesheet, the script loaded twice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startServer, ROOT } from './support/server.mjs';
import { launchBrowser, openPage } from './support/browser.mjs';

const PAGE = '/test/e2e/pages/all-elements.html';
const TAGS = ['hromada-hotline', 'hromada-region-filter', 'hromada-news-list', 'hromada-guide', 'hromada-video', 'hromada-embed'];
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html hromada-widgets',
].join('; ');

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Waits until every registered hromada element on the page has rendered its shadow root. */
async function rendered(page) {
  await page.waitForFunction(
    (tags) =>
      tags.every((tag) => {
        if (!customElements.get(tag)) return true; // not built into this bundle yet
        return [...document.querySelectorAll(tag)].every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0);
      }),
    TAGS,
    { timeout: 10_000 },
  );
  await page.waitForTimeout(200);
}

test('strict CSP and Trusted Types: every element renders, no violation', async () => {
  const server = await startServer({ headers: { 'content-security-policy': STRICT_CSP } });
  try {
    const { page, context, log } = await openPage(browser, server.origin + PAGE);
    await rendered(page);
    const violations = await page.evaluate(() => window.__violations);
    assert.deepEqual(violations, []);
    assert.deepEqual(log.pageErrors, []);
    const phone = await page.evaluate(() => document.querySelector('#hotline').shadowRoot.querySelector('[part="phone"]').textContent);
    assert.equal(phone, '068 377 77 77');
    await context.close();
  } finally {
    await server.close();
  }
});

test('strict CSP with window.litNonce and no adopted stylesheets (<style> fallback)', async () => {
  const nonce = 'e2e-nonce-7f3a';
  const csp = STRICT_CSP.replace("style-src 'self'", `style-src 'self' 'nonce-${nonce}'`);
  const server = await startServer({ headers: { 'content-security-policy': csp } });
  try {
    const { page, context, log } = await openPage(browser, `${server.origin}${PAGE}?nonce=${nonce}`);
    await rendered(page);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(log.pageErrors, []);
    const styled = await page.evaluate(() => {
      const root = document.querySelector('#hotline').shadowRoot;
      return {
        styleElements: root.querySelectorAll('style').length,
        adopted: 'adoptedStyleSheets' in ShadowRoot.prototype,
        weight: getComputedStyle(root.querySelector('[part="phone"]')).fontWeight,
      };
    });
    assert.equal(styled.adopted, false);
    assert.ok(styled.styleElements > 0, 'Lit fell back to <style> elements');
    assert.equal(styled.weight, '700', 'the fallback styles apply under the nonce');
    await context.close();
  } finally {
    await server.close();
  }
});

test('no eval or new Function in the bundle', async () => {
  const bundle = await readFile(path.join(ROOT, 'dist/hromada-widgets.js'), 'utf8');
  assert.equal(/\beval\s*\(/.test(bundle), false, 'eval( found');
  assert.equal(/new\s+Function\s*\(/.test(bundle), false, 'new Function( found');
});

/** Computed styles of every element inside the shadow roots, keyed by position. */
function internalStyles(page) {
  return page.evaluate((tags) => {
    const props = ['font-size', 'font-family', 'line-height', 'letter-spacing', 'color', 'background-color', 'text-transform', 'font-style', 'text-align', 'border-top-style', 'display'];
    const out = {};
    for (const tag of tags) {
      document.querySelectorAll(tag).forEach((host, hostIndex) => {
        if (!host.shadowRoot) return;
        host.shadowRoot.querySelectorAll('*').forEach((node, index) => {
          if (node.localName === 'style' || node.localName === 'slot') return;
          const style = getComputedStyle(node);
          out[`${tag}#${hostIndex}>${node.localName}[${index}]`] = props.map((name) => style.getPropertyValue(name)).join('|');
        });
      });
    }
    return out;
  }, TAGS);
}

test('a hostile host stylesheet does not change the widgets’ internals', async () => {
  const server = await startServer();
  try {
    const clean = await openPage(browser, server.origin + PAGE);
    await rendered(clean.page);
    const expected = await internalStyles(clean.page);
    const hostile = await openPage(browser, `${server.origin}${PAGE}?hostile=1`);
    await rendered(hostile.page);
    await hostile.page.waitForFunction(() => getComputedStyle(document.documentElement).fontSize === '10px');
    const actual = await internalStyles(hostile.page);
    assert.ok(Object.keys(expected).length > 5, 'the page rendered internals to compare');
    const differences = Object.keys(expected).filter((key) => expected[key] !== actual[key]);
    assert.deepEqual(differences.map((key) => `${key}: ${expected[key]} → ${actual[key]}`), []);
    await clean.context.close();
    await hostile.context.close();
  } finally {
    await server.close();
  }
});

test('documented --hromada-* properties and ::part() do apply', async () => {
  const server = await startServer();
  try {
    const { page, context } = await openPage(browser, server.origin + PAGE);
    await rendered(page);
    const styles = await page.evaluate(() => {
      const sheet = document.createElement('style');
      sheet.textContent = 'hromada-hotline { --hromada-accent: rgb(1, 2, 3); --hromada-font-size: 20px } hromada-hotline::part(label) { text-decoration: underline }';
      document.head.append(sheet);
      const root = document.querySelector('#hotline').shadowRoot;
      return {
        link: getComputedStyle(root.querySelector('[part="phone"]')).color,
        size: getComputedStyle(root.querySelector('[part="banner"]')).fontSize,
        label: getComputedStyle(root.querySelector('[part="label"]')).textDecorationLine,
      };
    });
    assert.equal(styles.link, 'rgb(1, 2, 3)');
    assert.equal(styles.size, '20px');
    assert.equal(styles.label, 'underline');
    await context.close();
  } finally {
    await server.close();
  }
});

test('loaded twice, and next to another version: one warning naming both, nothing breaks', async () => {
  const bundle = await readFile(path.join(ROOT, 'dist/hromada-widgets.js'), 'utf8');
  const { version } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
  const other = bundle.split(`"${version}"`).join('"9.9.9-other"');
  assert.notEqual(other, bundle, 'the version string is in the bundle');
  const page = `<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>twice</title><link rel="icon" href="data:,"></head><body>
    <hromada-hotline id="hotline" phone="0683777777"></hromada-hotline>
    <script src="/dist/hromada-widgets.js"></script>
    <script src="/dist/hromada-widgets.js"></script>
    <script type="module" src="/dist/hromada-widgets.js?as-module"></script>
    <script src="/other-version.js"></script>
    <script src="/other-version.js"></script>
  </body></html>`;
  const server = await startServer({
    routes: {
      '/twice.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page) && true,
      '/other-version.js': (req, res) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(other) && true,
    },
  });
  try {
    const { page: tab, context, log } = await openPage(browser, `${server.origin}/twice.html`);
    await tab.waitForFunction(() => document.querySelector('#hotline').shadowRoot?.querySelector('[part="phone"]'));
    await tab.waitForTimeout(300);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.errors, []);
    const warnings = log.warnings.filter((text) => text.includes('hromada'));
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.ok(warnings[0].includes(version) && warnings[0].includes('9.9.9-other'));
    assert.equal(await tab.evaluate(() => window.hromadaWidgets.version), version);
    await tab.evaluate(() => (document.documentElement.lang = 'en'));
    await tab.waitForFunction(() => document.querySelector('#hotline').shadowRoot.querySelector('[part="label"]').textContent === 'Hotline');
    await context.close();
  } finally {
    await server.close();
  }
});

test('a windows-1251 page self-hosting the script on a server that names no charset: it runs, in Ukrainian', async () => {
  // Apache's defaults send .js without a charset; the browser then decodes it in the page's encoding.
  const script = await readFile(path.join(ROOT, 'dist/hromada-widgets.js'));
  const markup = (charset) =>
    Buffer.from(`<!doctype html><html lang="uk"><head>${charset}<title>t</title></head><body>
      <hromada-hotline id="hotline" phone="0683777777"></hromada-hotline>
      <script src="/no-charset.js" defer></script></body></html>`);
  const server = await startServer({
    routes: {
      '/cp1251.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(markup('<meta charset="windows-1251">')) && true,
      '/unnamed.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(markup('')) && true,
      '/no-charset.js': (req, res) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(script) && true,
    },
  });
  try {
    for (const file of ['/cp1251.html', '/unnamed.html']) {
      const { page, context, log } = await openPage(browser, server.origin + file);
      await page.waitForFunction(() => document.querySelector('#hotline').shadowRoot?.querySelector('[part="label"]'), null, { timeout: 10_000 }).catch(() => {});
      assert.deepEqual(log.pageErrors, [], file);
      assert.equal(await page.evaluate(() => document.querySelector('#hotline').shadowRoot?.querySelector('[part="label"]')?.textContent), 'Гаряча лінія', file);
      await context.close();
    }
  } finally {
    await server.close();
  }
});
