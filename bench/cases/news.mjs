// SPEC §6 news list: parse + first render of 50 items vs a vanilla-DOM render of
// the same markup; a 10,000-item feed renders only its first page, ≤ 2× the 50-item case.
import { notBuilt, ratioRow } from '../lib/rows.mjs';

export default {
  title: 'news list',
  timeoutS: 300,
  async run(ctx) {
    const case50 = 'news list: 50 items, parse + first render';
    const case10k = 'news list: 10,000-item feed, first page';
    const page = await ctx.newPage(`${ctx.origin}/bench/pages/news.html`);
    try {
      await page.evaluate(() => window.bench.ready);
      if (!(await page.evaluate(() => window.bench.isBuilt('hromada-news-list')))) {
        return [
          notBuilt(case50, 'hromada-news-list', '≤ 1.3×'),
          notBuilt(case10k, 'hromada-news-list', '≤ 2× (50-item case)'),
          notBuilt(`${case10k} vs vanilla floor`, 'hromada-news-list', '—'),
        ];
      }
      const m = await ctx.alternate(page, ['ours-50', 'vanilla-50', 'ours-10k', 'vanilla-10k'], { timeoutMs: 30000 });
      const dom = `DOM elements: ours ${m['ours-50'].last.elements}, vanilla ${m['vanilla-50'].last.elements}`;
      const floor = m['vanilla-10k'].stats.median / m['vanilla-50'].stats.median;
      const row50 = ratioRow(case50, m['ours-50'], m['vanilla-50'], { maxRatio: 1.3, note: `${dom}; both fetch (a blob: URL) and parse the same feed` });
      const row10k = ratioRow(case10k, m['ours-10k'], m['ours-50'], {
        maxRatio: 2,
        budget: '≤ 2× (50-item case)',
        note:
          `baseline is our 50-item case; ${m['ours-10k'].last.firstPageOnly ? 'only the first page rendered' : 'MORE THAN THE FIRST PAGE RENDERED'}; ` +
          `the vanilla floor's own ratio is ${floor.toFixed(2)}× (${m['vanilla-10k'].stats.median.toFixed(1)} ms, mostly reading and parsing 4.5 MB of JSON)`,
      });
      if (!m['ours-10k'].last.firstPageOnly) row10k.verdict = 'FAIL';
      const rowFloor = ratioRow(`${case10k} vs vanilla floor`, m['ours-10k'], m['vanilla-10k'], {
        note: 'the same 10,000-item feed fetched, parsed and its first page rendered by hand: the overhead that is ours',
      });
      return [row50, row10k, rowFloor];
    } finally {
      await page.context().close();
    }
  },
};
