// The demo page as a reader meets it: axe in both languages, reflow at 320 CSS
// px without horizontal scrolling, forced colors and reduced motion emulated.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startServer, ROOT } from './support/server.mjs';
import { launchBrowser, openPage } from './support/browser.mjs';

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
const TAGS = ['hromada-hotline', 'hromada-region-filter', 'hromada-news-list', 'hromada-guide', 'hromada-video'];

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function demo(options = {}, lang = 'uk') {
  const opened = await openPage(browser, null, options);
  await opened.page.goto(`${server.origin}/demo/?lang=${lang}`);
  await opened.page.waitForFunction(
    (tags) => tags.every((tag) => !customElements.get(tag) || [...document.querySelectorAll(tag)].every((el) => el.shadowRoot?.childElementCount > 0)),
    TAGS,
    { timeout: 15_000 },
  );
  await opened.page.waitForLoadState('networkidle');
  return opened;
}

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

for (const lang of ['uk', 'en']) {
  test(`axe finds nothing on the demo page (${lang})`, async () => {
    const { page, context, log } = await demo({}, lang);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });
}

test('axe finds nothing with a panel open and a guide section open', async () => {
  const { page, context } = await demo();
  await page.evaluate(() => {
    document.querySelector('hromada-guide')?.showAll?.();
    const toggle = document.querySelector('hromada-region-filter')?.shadowRoot?.querySelector('button[aria-expanded]');
    toggle?.click();
  });
  await page.waitForTimeout(300);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('reflows at 320 CSS px without horizontal scrolling', async () => {
  const { page, context } = await demo({ viewport: { width: 320, height: 640 } });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 320px`);
  await context.close();
});

test('forced colors and reduced motion: still usable, nothing animates', async () => {
  const { page, context } = await demo({ forcedColors: 'active', reducedMotion: 'reduce' });
  const animated = await page.evaluate((tags) => {
    const moving = [];
    for (const tag of tags) {
      for (const host of document.querySelectorAll(tag)) {
        for (const node of host.shadowRoot?.querySelectorAll('*') ?? []) {
          const style = getComputedStyle(node);
          const durations = `${style.transitionDuration},${style.animationDuration}`.split(',').map((d) => parseFloat(d) || 0);
          if (durations.some((d) => d > 0.01)) moving.push(`${tag} ${node.localName}.${node.className}`);
        }
      }
    }
    return moving;
  }, TAGS);
  assert.deepEqual(animated, []);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('forced colors: the news list\'s loading placeholders stay blank (their filler text is Ukrainian)', async () => {
  const page = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><script src="/dist/hromada-widgets.js" defer></script></head>'
    + '<body><hromada-news-list src="/never.json" limit="2"></hromada-news-list></body></html>';
  const slow = await startServer({
    routes: {
      '/forced.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page) && true,
      '/never.json': () => true, // never answers: the list stays loading
    },
  });
  try {
    const { page: tab, context } = await openPage(browser, null, { forcedColors: 'active' });
    await tab.goto(`${slow.origin}/forced.html`);
    await tab.waitForFunction(() => document.querySelector('hromada-news-list').shadowRoot?.querySelector('[part="skeleton"]'));
    const colours = await tab.evaluate(() => ['title', 'meta', 'summary', 'tag'].map((part) =>
      `${part}: ${getComputedStyle(document.querySelector('hromada-news-list').shadowRoot.querySelector(`[part="skeleton"] [part="${part}"]`)).color}`));
    assert.deepEqual(colours, ['title', 'meta', 'summary', 'tag'].map((part) => `${part}: rgba(0, 0, 0, 0)`));
    await context.close();
  } finally {
    await slow.close();
  }
});
