// Builds table rows from measurements, so every case states budgets and
// verdicts the same way.
import { formatMs } from './stats.mjs';

export const NOT_BUILT = 'not built yet';

/** A row for a case whose element is not registered in the built bundle. */
export function notBuilt(caseName, tag, budget) {
  return { case: caseName, ours: NOT_BUILT, budget, verdict: NOT_BUILT, note: `<${tag}> is not registered by dist/hromada-widgets.js` };
}

/**
 * A timed comparison. `maxRatio` (ours ÷ baseline) decides the verdict when
 * given; `mustBeBelow` adds "ours < baseline" (the peers).
 */
export function ratioRow(caseName, ours, baseline, { maxRatio, mustBeBelow = false, budget, note } = {}) {
  const ratio = ours.stats.median / baseline.stats.median;
  let verdict = 'info';
  if (maxRatio !== undefined) verdict = ratio <= maxRatio ? 'pass' : 'FAIL';
  if (mustBeBelow) verdict = ratio < 1 ? 'pass' : 'FAIL';
  return {
    case: caseName,
    ours: formatMs(ours.stats),
    baseline: formatMs(baseline.stats),
    ratio,
    budget: budget ?? (maxRatio !== undefined ? `≤ ${maxRatio}×` : mustBeBelow ? '< 1×' : '—'),
    verdict,
    note,
    data: { ours: ours.stats, baseline: baseline.stats },
  };
}
