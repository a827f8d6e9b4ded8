// Median and interquartile range of timing samples, and their formatting.
export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}

/** "3.21 ms [3.02–3.40]": median and IQR, precision chosen for the magnitude. */
export function formatMs(stats) {
  if (!stats || !Number.isFinite(stats.median)) return '—';
  const digits = stats.median < 0.1 ? 4 : stats.median < 10 ? 2 : 1;
  const f = (x) => x.toFixed(digits);
  return `${f(stats.median)} ms [${f(stats.q1)}–${f(stats.q3)}]`;
}
