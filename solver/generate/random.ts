// Small helpers over the one seeded generator, so that every choice a generator makes is
// reproducible from its seed.
import type { Rng } from "../rng.ts";

export const chance = (rng: Rng, p: number): boolean => rng.next() < p;

/** An integer in [lo, hi], both ends included. */
export const between = (rng: Rng, lo: number, hi: number): number => lo + rng.int(hi - lo + 1);

/** k distinct items (fewer when the list is shorter), in random order. */
export const sample = <T>(rng: Rng, items: readonly T[], k: number): T[] =>
  rng.shuffle([...items]).slice(0, k);

/** One item, drawn with probability proportional to its weight. */
export function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let x = rng.next() * total;
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) return item;
  }
  const last = items[items.length - 1];
  if (last === undefined) throw new Error("weighted pick from an empty list");
  return last[0];
}

/** The item with the lowest score; ties broken at random. */
export function argMin<T>(rng: Rng, items: readonly T[], score: (item: T) => number): T {
  let best: T[] = [];
  let bestScore = Infinity;
  for (const item of items) {
    const s = score(item);
    if (s < bestScore) {
      bestScore = s;
      best = [item];
    } else if (s === bestScore) best.push(item);
  }
  return rng.pick(best);
}
