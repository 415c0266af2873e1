// Order statistics of a list of timings. Pure, so the tests can pin their edge cases (empty and
// even-length lists) that a benchmark would otherwise get quietly wrong.

/** The middle value; for an even count, the mean of the two middle values. NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The largest value (the slowest run). NaN for none. */
export function worst(values: readonly number[]): number {
  return values.length === 0 ? NaN : Math.max(...values);
}

/**
 * The p-th percentile (0..100) by linear interpolation between closest ranks, the definition
 * spreadsheets call PERCENTILE.INC: p = 50 is the median, p = 100 the worst. NaN for none.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0 || !(p >= 0 && p <= 100)) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}
