// Order statistics of a list of timings. Pure, so the tests can pin their edge cases (empty and
// even-length lists) that a benchmark would otherwise get quietly wrong.
import { createRng } from "../rng.ts";

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

/**
 * A bootstrap interval of the median: the `level` share (0..1) of medians of lists drawn from
 * `values` with replacement, `rounds` times, from a seeded generator (the same list gives the
 * same interval). Moves to a solution vary so much from seed to seed that a difference between
 * two medians means little until their intervals part. [NaN, NaN] for none.
 */
export function medianInterval(
  values: readonly number[],
  level = 0.9,
  rounds = 2000,
): [number, number] {
  if (values.length === 0) return [NaN, NaN];
  const rng = createRng(1);
  const medians: number[] = [];
  const sample = new Array<number>(values.length);
  for (let k = 0; k < rounds; k++) {
    for (let i = 0; i < values.length; i++) sample[i] = values[rng.int(values.length)]!;
    medians.push(median(sample));
  }
  const tail = ((1 - level) / 2) * 100;
  return [percentile(medians, tail), percentile(medians, 100 - tail)];
}
