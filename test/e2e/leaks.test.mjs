// Leaks: 1,000 mount/unmount cycles of every element on one page. Afterwards
// the window and document carry the same listeners as before (Chromium's own
// count, DOMDebugger.getEventListeners), no timer the elements set is still
// pending, and the retained heap after a forced GC is within noise of the
// baseline. The figures are printed for the closing note.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './support/server.mjs';
import { launchBrowser, openPage } from './support/browser.mjs';

const CYCLES = Number(process.env.LEAK_CYCLES) || 1000;
const WARM_UP = 20;
const MAX_HEAP_GROWTH = 2 * 1024 * 1024;

const PAGE = `<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>leaks</title><link rel="icon" href="data:,">
  <script src="/dist/hromada-widgets.js" defer></script></head><body><main id="stage"></main></body></html>`;

/** Every element as a page would write it (the feed-driven ones on a served feed), and what it shows once rendered. */
const ELEMENTS = {
  'hromada-hotline': { probe: '[part=phone]', phone: '068 377 77 77', hours: '09:00-20:00', dismissible: '', 'zoom-url': 'https://zoom.us/j/0000000000' },
  'hromada-region-filter': { probe: '[part=toggle]', id: 'region' },
  'hromada-news-list': { probe: '[part=item]', src: '/demo/feeds/znob-novhorodska.json', for: 'region' },
  'hromada-guide': { probe: '[part=button]', id: 'guide', html: '<h3 id="first">Перші дні</h3><p>Слухайте.</p><h3 id="later">Згодом</h3><p>Підкажіть.</p>' },
  'hromada-video': { probe: '[part]', 'video-id': 'aqz-KE-bpKQ', 'video-title': 'Як підтримати', duration: 'PT4M12S' },
  'hromada-embed': { probe: '[part=layout]', src: '/demo/feeds/znob-novhorodska.json' },
};

/** Live timers: every pending setTimeout and every uncleared setInterval, set after this runs. */
function countTimers() {
  // id → where it was set, so a failure names the code that left it.
  const live = new Map();
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
  window.setTimeout = function (callback, ms, ...rest) {
    const id = st.call(this, typeof callback === 'function' ? (...args) => { live.delete(id); callback(...args); } : callback, ms, ...rest);
    live.set(id, `setTimeout ${ms} ${new Error().stack.split('\n').slice(2, 4).join(' ')}`);
    return id;
  };
  window.clearTimeout = function (id) {
    live.delete(id);
    return ct.call(this, id);
  };
  window.setInterval = function (...args) {
    const id = si.apply(this, args);
    live.set(id, `setInterval ${args[1]} ${new Error().stack.split('\n').slice(2, 4).join(' ')}`);
    return id;
  };
  window.clearInterval = function (id) {
    live.delete(id);
    return ci.call(this, id);
  };
  window.__liveTimers = () => live.size;
  window.__timerSources = () => [...new Set(live.values())];
}

/** Mounts each element `cycles` times: appended, rendered (feeds included), removed; with `keep`, once each, left mounted. */
function cycle([elements, cycles, keep]) {
  const stage = document.getElementById('stage');
  const settle = async (el, probe) => {
    await el.updateComplete;
    // Once loaded, the feed (one request per page) resolves in microtasks; the first mounts wait for the network.
    for (let waited = 0; !el.shadowRoot?.querySelector(probe) && waited < 5000; waited += 5) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      await el.updateComplete;
    }
  };
  const seconds = {};
  return (async () => {
    for (const [tag, { probe, ...attributes }] of Object.entries(elements)) {
      const started = performance.now();
      for (let i = 0; i < cycles; i += 1) {
        const el = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) {
          if (name === 'html') el.append(document.createRange().createContextualFragment(value));
          else el.setAttribute(name, value);
        }
        stage.append(el);
        await settle(el, probe);
        if (!el.shadowRoot?.querySelector(probe)) throw new Error(`${tag} did not render ${probe} on cycle ${i}`);
        if (!keep) el.remove();
      }
      seconds[tag] = +((performance.now() - started) / 1000).toFixed(1);
    }
    return seconds;
  })();
}

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await startServer({ routes: { '/leaks.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE) && true } });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test(`${CYCLES} mount/unmount cycles of every element: no listener, timer or heap growth`, { timeout: 120_000 }, async () => {
  const { page: tab, context, log } = await openPage(browser, null);
  await tab.addInitScript(countTimers);
  await tab.goto(`${server.origin}/leaks.html`);
  await tab.waitForFunction(() => customElements.get('hromada-embed'));
  const cdp = await context.newCDPSession(tab);

  async function listeners() {
    const counts = {};
    for (const target of ['window', 'document']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: target });
      const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
      for (const { type } of found) counts[`${target}:${type}`] = (counts[`${target}:${type}`] ?? 0) + 1;
      await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
    }
    return counts;
  }
  async function heap() {
    for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  }
  const measure = async () => ({ listeners: await listeners(), timers: await tab.evaluate(() => window.__liveTimers()), heap: await heap() });

  // Warm-up fills what a page keeps once by design: the feed and region tree loaded this page, Lit's template cache.
  await tab.evaluate(cycle, [ELEMENTS, WARM_UP]);
  await tab.waitForTimeout(200);
  const baseline = await measure();
  // The counters see what mounted elements hold (news-list's popstate, the hotline's status timer…).
  await tab.evaluate(cycle, [ELEMENTS, 1, true]);
  const mounted = await measure();
  assert.notDeepEqual(mounted.listeners, baseline.listeners, 'mounted elements add window/document listeners');
  await tab.evaluate(() => document.getElementById('stage').replaceChildren());
  await tab.waitForTimeout(200);
  const seconds = await tab.evaluate(cycle, [ELEMENTS, CYCLES]);
  await tab.waitForTimeout(200);
  const afterwards = await measure();

  const growth = afterwards.heap - baseline.heap;
  const figures = {
    cycles: CYCLES * Object.keys(ELEMENTS).length,
    seconds,
    heapBaselineMB: +(baseline.heap / 2 ** 20).toFixed(2),
    heapGrowthKB: Math.round(growth / 1024),
    listenersWhileMounted: mounted.listeners,
    timersWhileMounted: mounted.timers,
    listenersBefore: baseline.listeners,
    listenersAfter: afterwards.listeners,
    timersBefore: baseline.timers,
    timersAfter: afterwards.timers,
  };
  console.log(`# leak figures: ${JSON.stringify(figures)}`);
  assert.deepEqual(afterwards.listeners, baseline.listeners, 'window/document listeners');
  const sources = afterwards.timers > baseline.timers ? await tab.evaluate(() => window.__timerSources().slice(0, 3)) : [];
  assert.ok(afterwards.timers <= baseline.timers, `live timers ${baseline.timers} → ${afterwards.timers}, set at ${sources.join('\n')}`);
  assert.ok(growth < MAX_HEAP_GROWTH, `retained heap grew ${Math.round(growth / 1024)} KB`);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
