// Greedy construction: pinned units first, then the hardest units first, each at the position
// that raises the penalty least (ties broken by the seeded generator).
import type { Rng } from "../rng.ts";
import type { SearchState } from "./state.ts";

export function difficulty(state: SearchState, u: number): number {
  const unit = state.units[u]!;
  const weight = unit.count * unit.length * (unit.teachers.length + unit.leaves.length + 1);
  return weight / Math.max(1, unit.positions.length);
}

export function construct(state: SearchState, rng: Rng): void {
  const order = state.units.map((_, u) => u);
  const key = new Float64Array(order.length);
  for (const u of order) {
    const unit = state.units[u]!;
    // Pinned units go first; planning next, since a team's common time is the guarantee.
    key[u] =
      (unit.positions.length <= 1 ? 1e9 : 0) +
      (unit.kind === "planning" ? 1e6 : 0) +
      difficulty(state, u) +
      rng.next() * 1e-3;
  }
  order.sort((a, b) => key[b]! - key[a]!);
  for (const u of order) {
    const best = bestPosition(state, u, rng);
    if (best >= 0) state.place(u, best);
  }
}

/** The position of u with the lowest penalty, or -1 when u has none. */
export function bestPosition(state: SearchState, u: number, rng: Rng, exclude = -1): number {
  const positions = state.units[u]!.positions;
  let best = -1;
  let bestDelta = Infinity;
  let ties = 0;
  for (const p of positions) {
    if (p === exclude) continue;
    const delta = state.evaluate([[u, p]]);
    if (delta < bestDelta) {
      bestDelta = delta;
      best = p;
      ties = 1;
    } else if (delta === bestDelta && rng.int(++ties) === 0) {
      best = p;
    }
  }
  return best;
}
