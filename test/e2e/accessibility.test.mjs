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
  server = await startServer({
    routes: {
      // A feed that never answers: the element stays in its loading state.
      '/a11y/hang.json': () => true,
      '/a11y/skeleton.html': (req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><html lang="uk"><title>t</title><script src="/dist/hromada-widgets.js"></script>' +
          '<hromada-news-list src="/a11y/hang.json" limit="2"></hromada-news-list>');
        return true;
      },
    },
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** `address` on this server, once every element in it has rendered and the network is quiet. */
async function rendered(address, options = {}) {
  const opened = await openPage(browser, null, options);
  await opened.page.goto(`${server.origin}${address}`);
  await opened.page.waitForFunction(
    (tags) => tags.every((tag) => [...document.querySelectorAll(tag)].every((el) => el.shadowRoot?.childElementCount > 0)),
    TAGS,
    { timeout: 15_000 },
  );
  await opened.page.waitForLoadState('networkidle');
  return opened;
}

const demo = (options = {}, lang = 'uk') => rendered(`/demo/?lang=${lang}`, options);

/** The bare page with one of each element, every guide section open. */
async function allElements(options) {
  const opened = await rendered('/test/e2e/pages/all-elements.html', options);
  await opened.page.evaluate(() => document.querySelector('#guide').showAll());
  return opened;
}

async function axeViolations(page, tags) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { resultTypes: ['violations'], ...(tags && { runOnly: { type: 'tag', values: tags } }) });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, tags);
}

for (const lang of ['uk', 'en']) {
  test(`axe finds nothing on the demo page (${lang})`, async () => {
    const { page, context, log } = await demo({}, lang);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });
}

test('axe finds nothing on the demo page in a dark scheme (the page declares light dark)', async () => {
  const { page, context } = await demo({ colorScheme: 'dark' });
  // axe takes an unpainted canvas for white; a dark site paints its own.
  await page.addStyleTag({ content: ':root { background: Canvas }' });
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

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

test('forced colors: the loading skeleton shows no stand-in text', async () => {
  const { page, context } = await openPage(browser, null, { forcedColors: 'active' });
  await page.goto(`${server.origin}/a11y/skeleton.html`);
  await page.waitForFunction(() => document.querySelector('hromada-news-list')?.shadowRoot?.querySelector('[part~=skeleton]'));
  // The system colours would paint the placeholders' "новина новина…" as real text.
  const painted = await page.evaluate(() =>
    [...document.querySelector('hromada-news-list').shadowRoot.querySelectorAll('[part~=skeleton] *')]
      .filter((node) => getComputedStyle(node).color !== 'rgba(0, 0, 0, 0)')
      .map((node) => `${node.localName}: ${getComputedStyle(node).color}`),
  );
  assert.deepEqual(painted, []);
  await context.close();
});

test('a reader who prefers dark on a page that stays white: every element still readable (axe)', async () => {
  const { page, context } = await allElements({ colorScheme: 'dark' });
  // WCAG rules only: this bare test page has no <main> or <h1> of its own.
  assert.deepEqual(await axeViolations(page, ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']), []);
  await context.close();
});

test('forced colors: every button keeps an edge, the text-like ones too', async () => {
  const { page, context } = await allElements({ forcedColors: 'active' });
  // In high contrast a button without an edge reads as plain text ("Копіювати посилання").
  const edgeless = await page.evaluate(() => {
    const found = [];
    const walk = (root) => {
      for (const node of root.querySelectorAll('*')) {
        if (node.shadowRoot) walk(node.shadowRoot);
        if (node.localName !== 'button' || !node.getClientRects().length) continue;
        const style = getComputedStyle(node);
        if (['Top', 'Right', 'Bottom', 'Left'].some((side) => style[`border${side}Style`] === 'none' || parseFloat(style[`border${side}Width`]) === 0)) {
          found.push(`${node.getRootNode().host.localName} ${node.getAttribute('part') ?? node.className}`);
        }
      }
    };
    walk(document);
    return found;
  });
  assert.deepEqual(edgeless, []);
  await context.close();
});

test('forced colors: the chosen region is marked otherwise than focus, so focus on it still shows', async () => {
  const { page, context } = await allElements({ forcedColors: 'active' });
  await page.evaluate(() => Object.assign(document.querySelector('#region'), { value: 'UA59000000000057109', open: true }));
  const chosen = page.locator('#region [part=choice][aria-current]');
  const other = page.locator('#region [part=choice]', { hasText: 'Вінницька область' });
  await chosen.waitFor();
  const look = (button) => button.evaluate((node) => {
    const style = getComputedStyle(node);
    return `${style.outlineStyle} ${style.outlineWidth} ${style.borderTopWidth} ${style.borderTopColor}`;
  });
  // WCAG 2.4.7: the mark was a Highlight outline, the same as the focus ring: focus on it changed nothing visible.
  assert.notEqual(await look(chosen), await look(other));
  assert.match(await look(chosen), /^none /);
  // Focused without a pointer, as by a key: :focus-visible applies.
  await chosen.focus();
  assert.match(await look(chosen), /^solid 3px /);
  await context.close();
});
