// SPEC §6 bundle size: dist/hromada-widgets.js raw/gzip -9/brotli against 24 KB
// gzip, and what each element costs (scripts/size.mjs --per-element).
import path from 'node:path';
import { measure, perElement, GZIP_BUDGET, GZIP_STRETCH } from '../../scripts/size.mjs';

/** Element folders SPEC §3 implies (tag minus "hromada-"). */
const SPEC_ELEMENTS = ['region-filter', 'news-list', 'guide', 'hotline', 'video', 'embed'];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export default {
  title: 'bundle size',
  async run(ctx) {
    const size = measure(path.join(ctx.root, 'dist/hromada-widgets.js'));
    const rows = [
      {
        case: 'bundle: dist/hromada-widgets.js gzip -9',
        ours: kb(size.gzip),
        baseline: `raw ${kb(size.raw)}, brotli ${kb(size.brotli)}`,
        budget: `≤ ${kb(GZIP_BUDGET)} (stretch ${kb(GZIP_STRETCH)})`,
        verdict: size.gzip <= GZIP_BUDGET ? 'pass' : 'FAIL',
        note: size.gzip <= GZIP_STRETCH ? 'within the stretch budget too' : undefined,
        data: size,
      },
    ];
    const { base, elements } = await perElement();
    rows.push({
      case: 'bundle: shared base (lit, localize, HromadaElement)',
      ours: kb(base.gzip),
      baseline: `raw ${kb(base.raw)}, brotli ${kb(base.brotli)}`,
      verdict: 'info',
      data: base,
    });
    for (const element of elements) {
      rows.push({
        case: `bundle: ${element.name} alone (gzip)`,
        ours: kb(element.gzip),
        baseline: `+${kb(element.gzip - base.gzip)} over the base`,
        verdict: 'info',
        data: element,
      });
    }
    const measured = new Set(elements.map((element) => element.name));
    for (const name of SPEC_ELEMENTS.filter((n) => !measured.has(n))) {
      rows.push({ case: `bundle: ${name} alone (gzip)`, ours: 'not built yet', verdict: 'not built yet' });
    }
    return rows;
  },
};
