// Spread of timing samples, rounded to 0.1 ms: median, the 10th and 90th
// percentiles (nearest rank), minimum and maximum. Single numbers hide how
// noisy a shared machine is; p10–p90 is what the bench prints.
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function stats(samples, digits = 1) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const scale = 10 ** digits;
  const round = (n) => Math.round(n * scale) / scale;
  return {
    runs: sorted.length,
    medianMs: round(median),
    p10Ms: round(percentile(sorted, 10)),
    p90Ms: round(percentile(sorted, 90)),
    minMs: round(sorted[0]),
    maxMs: round(sorted[sorted.length - 1]),
  };
}
