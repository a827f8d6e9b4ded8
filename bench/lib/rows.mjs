// Builds table rows from measurements, so every case states budgets and
// verdicts the same way.
import { formatMs, summarize } from './stats.mjs';

export const NOT_BUILT = 'not built yet';

/** A row for a case whose element (`tag`) is not registered in the built bundle. */
export function notBuilt(caseName, tag, budget) {
  return { case: caseName, ours: NOT_BUILT, budget, verdict: NOT_BUILT, data: { missing: tag } };
}

/**
 * A timed comparison. `maxRatio` (ours ÷ baseline) decides the verdict when
 * given; `mustBeBelow` adds "ours < baseline" (the peers).
 */
export function ratioRow(caseName, ours, baseline, { maxRatio, mustBeBelow = false, budget, note } = {}) {
  // Samples taken side by side (same round, or same query) are paired: the median
  // of their ratios shrugs off the machine's drift better than a ratio of medians.
  const paired = ours.samples && baseline.samples && ours.samples.length === baseline.samples.length && ours.samples.length > 0;
  const ratios = paired ? summarize(ours.samples.map((x, i) => x / baseline.samples[i])) : undefined;
  const ratio = paired ? ratios.median : ours.stats.median / baseline.stats.median;
  let verdict = 'info';
  if (maxRatio !== undefined) verdict = ratio <= maxRatio ? 'pass' : 'FAIL';
  if (mustBeBelow) verdict = ratio < 1 ? 'pass' : 'FAIL';
  return {
    case: caseName,
    ours: formatMs(ours.stats),
    baseline: formatMs(baseline.stats),
    ratio,
    ratioRange: ratios ? [ratios.q1, ratios.q3] : undefined,
    budget: budget ?? (maxRatio !== undefined ? `≤ ${maxRatio}×` : mustBeBelow ? '< 1×' : '—'),
    verdict,
    note,
    data: { ours: ours.stats, baseline: baseline.stats, ratios, samples: paired ? { ours: ours.samples, baseline: baseline.samples } : undefined },
  };
}
