// SPEC §6 layout shift while loading: the demo page's own layout-shift entries
// (PerformanceObserver, buffered) from navigation until the page is quiet, on a
// phone-sized and a desktop viewport; budget 0. Then the news list alone, in
// each state it can end in, on a page tall enough that every shift is in view.
const TAGS = ['hromada-hotline', 'hromada-region-filter', 'hromada-news-list', 'hromada-guide', 'hromada-video', 'hromada-embed'];

function observeShifts() {
  window.__shifts = [];
  const describe = (node) => {
    if (!node) return '?';
    let el = node.nodeType === 1 ? node : node.parentElement;
    const root = node.getRootNode?.();
    const host = root && root.host ? `${root.host.localName} › ` : '';
    if (!el) return `${host}#text`;
    return `${host}${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__shifts.push({
        value: entry.value,
        hadRecentInput: entry.hadRecentInput,
        at: Math.round(entry.startTime),
        sources: (entry.sources ?? []).map((s) => {
          const dy = Math.round(s.currentRect.y - s.previousRect.y);
          const dh = Math.round(s.currentRect.height - s.previousRect.height);
          return `${describe(s.node)} (${dy >= 0 ? '↓' : '↑'}${Math.abs(dy)} px${dh ? `, height ${dh > 0 ? '+' : ''}${dh}` : ''})`;
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * The news list on its own, two items a page so that it and the paragraph after
 * it stay in view: defined before it is parsed, its feed answered 300 ms late so
 * the skeleton is painted first.
 */
const DEMO_FEED = 'src="/demo/feeds/znob-novhorodska.json"';
const NEWS_STATES = [
  ['loaded, all of Ukraine (items name their hromada)', DEMO_FEED],
  ['loaded, a hromada (named once the tree is here)', `${DEMO_FEED} region="UA59100090000041284"`],
  ['empty (a hromada without news)', `${DEMO_FEED} region="UA59100110000012703"`],
  ['error (404)', 'src="/demo/feeds/missing.json"'],
];
const newsPage = (attributes) => `<!doctype html><html lang="uk"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>news list layout shift</title><link rel="icon" href="data:,"><script src="/dist/hromada-widgets.js"></script>
<style>body{margin:0;padding:1rem;font-family:system-ui,sans-serif}</style></head><body>
<hromada-news-list limit="2" heading-level="3" ${attributes}></hromada-news-list><p id="after">…</p></body></html>`;

async function newsAlone(ctx, viewports) {
  const rows = [];
  for (const [state, attributes] of NEWS_STATES) {
    const results = [];
    for (const viewport of viewports) {
      const context = await ctx.browser.newContext({ viewport, locale: 'uk-UA', timezoneId: 'Europe/Kyiv' });
      await context.addInitScript(observeShifts);
      await context.route('**/demo/feeds/*', (route) => setTimeout(() => route.continue(), 300));
      await context.route('**/__news-layout-shift.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: newsPage(attributes) }));
      const page = await context.newPage();
      try {
        await page.goto(`${ctx.plainOrigin}/__news-layout-shift.html`, { waitUntil: 'load', timeout: 30000 });
        const first = await page.evaluate(() => document.querySelector('hromada-news-list').getBoundingClientRect().height);
        await page.waitForLoadState('networkidle', { timeout: 15000 }).catch(() => {});
        await page.waitForTimeout(1000);
        const last = await page.evaluate(() => document.querySelector('hromada-news-list').getBoundingClientRect().height);
        const shifts = (await page.evaluate(() => window.__shifts)).filter((s) => !s.hadRecentInput);
        results.push({ viewport: viewport.name, cls: shifts.reduce((sum, s) => sum + s.value, 0), first, last, shifts });
      } finally {
        await context.close();
      }
    }
    const worst = results.reduce((a, b) => (b.cls > a.cls ? b : a));
    rows.push({
      case: `layout shift: the news list alone, ${state}`,
      ours: worst.cls.toFixed(4),
      baseline: results.map((r) => `${r.viewport} ${r.cls.toFixed(3)}`).join(', '),
      budget: '0',
      verdict: worst.cls === 0 ? 'pass' : 'FAIL',
      note:
        `height while loading → at rest: ${results.map((r) => `${r.viewport} ${Math.round(r.first)} → ${Math.round(r.last)} px`).join(', ')}` +
        (worst.cls > 0 ? `; moved on ${worst.viewport}: ${[...new Set(worst.shifts.flatMap((s) => s.sources))].slice(0, 3).join(', ')}` : ''),
      data: results,
    });
  }
  return rows;
}

export default {
  title: 'layout shift',
  async run(ctx) {
    const viewports = [
      { name: 'phone', width: 390, height: 844 },
      { name: 'desktop', width: 1280, height: 800 },
    ];
    const results = [];
    let built = [];
    for (const viewport of viewports) {
      for (let i = 0; i < (ctx.quick ? 1 : 3); i += 1) {
        const context = await ctx.browser.newContext({ viewport, locale: 'uk-UA', timezoneId: 'Europe/Kyiv' });
        await context.addInitScript(observeShifts);
        const page = await context.newPage();
        try {
          await page.goto(`${ctx.plainOrigin}/demo/index.html`, { waitUntil: 'load', timeout: 30000 });
          await page.waitForLoadState('networkidle', { timeout: 15000 }).catch(() => {});
          await page.waitForTimeout(2000);
          const shifts = await page.evaluate(() => window.__shifts);
          built = await page.evaluate((tags) => tags.filter((t) => window.customElements.get(t)), TAGS);
          const counted = shifts.filter((s) => !s.hadRecentInput);
          results.push({ viewport: viewport.name, cls: counted.reduce((sum, s) => sum + s.value, 0), shifts: counted });
        } finally {
          await context.close();
        }
      }
    }
    const worst = results.reduce((a, b) => (b.cls > a.cls ? b : a));
    const sources = [...new Set(worst.shifts.flatMap((s) => s.sources))].slice(0, 4).join(', ');
    const missing = TAGS.filter((t) => !built.includes(t));
    return [
      {
        case: 'layout shift while the demo page loads',
        ours: worst.cls.toFixed(4),
        baseline: results.map((r) => `${r.viewport} ${r.cls.toFixed(3)}`).filter((v, i, a) => a.indexOf(v) === i).join(', '),
        budget: '0',
        verdict: worst.cls === 0 ? 'pass' : 'FAIL',
        note:
          (worst.cls > 0 ? `worst on ${worst.viewport}: ${worst.shifts.length} shift(s) at ${worst.shifts.map((s) => `${s.at} ms`).join(', ')}, moved: ${sources || 'unknown'}; ` : '') +
          (missing.length ? `not built yet, so not in the figure: ${missing.join(', ')}` : 'every element built'),
        data: results,
      },
      ...(missing.includes('hromada-news-list') ? [] : await newsAlone(ctx, viewports)),
    ];
  },
};
