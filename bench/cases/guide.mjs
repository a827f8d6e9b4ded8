// SPEC §6 guide: 50 sections, init + render ≤ 1.5× a vanilla-DOM accordion floor,
// and below GOV.UK Frontend's accordion on the same content.
import { notBuilt, ratioRow } from '../lib/rows.mjs';

export default {
  title: 'guide',
  async run(ctx) {
    const caseName = 'guide: 50 sections, init + render';
    const page = await ctx.newPage(`${ctx.origin}/bench/pages/guide.html`);
    try {
      await page.evaluate(() => window.bench.ready);
      if (!(await page.evaluate(() => window.bench.isBuilt('hromada-guide')))) {
        const govuk = await ctx.alternate(page, ['vanilla', 'govuk']);
        const peer = ratioRow('guide: GOV.UK accordion vs the floor (reference)', govuk.govuk, govuk.vanilla, {
          note: 'peer measured alone, so the figure is ready when the element lands',
        });
        return [notBuilt(`${caseName} vs vanilla floor`, 'hromada-guide', '≤ 1.5×'), notBuilt(`${caseName} vs GOV.UK Frontend accordion`, 'hromada-guide', '< 1×'), peer];
      }
      const m = await ctx.alternate(page, ['ours', 'vanilla', 'govuk']);
      return [
        ratioRow(`${caseName} vs vanilla floor`, m.ours, m.vanilla, {
          maxRatio: 1.5,
          note:
            `GOV.UK accordion ÷ floor: ${(m.govuk.stats.median / m.vanilla.stats.median).toFixed(2)}×; ` +
            `DOM elements: ours ${m.ours.last.elements}, floor ${m.vanilla.last.elements}, GOV.UK ${m.govuk.last.elements}`,
        }),
        ratioRow(`${caseName} vs GOV.UK Frontend accordion`, m.ours, m.govuk, { mustBeBelow: true }),
      ];
    } finally {
      await page.context().close();
    }
  },
};
