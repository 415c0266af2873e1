// Greedy construction: pinned units first, then the hardest units first, each at the position
// that raises the penalty least (ties broken by the seeded generator).
import type { Rng } from "../rng.ts";
import type { SearchState } from "./state.ts";
import { maskOf, periodOf } from "./units.ts";

export function difficulty(state: SearchState, u: number): number {
  const unit = state.units[u]!;
  const weight = unit.count * unit.length * (unit.teachers.length + unit.leaves.length + 1);
  return weight / Math.max(1, unit.positions.length);
}

/**
 * DSATUR-style construction, as in graph colouring: always place next the unit with the fewest
 * clash-free positions left (ties: the heaviest), at the clash-free position that raises the
 * penalty least. A unit whose positions all clash goes where it hurts least; the local search
 * repairs it.
 */
export function construct(state: SearchState, rng: Rng, neighbours: number[][]): void {
  const U = state.units.length;
  const placed = new Uint8Array(U);
  const free = new Int32Array(U);
  const weight = new Float64Array(U);
  for (let u = 0; u < U; u++) {
    weight[u] = difficulty(state, u) + rng.next() * 1e-6;
    // Units placed before (days.ts) stay; the rest fit around them.
    if (state.pos[u]! >= 0) {
      placed[u] = 1;
      continue;
    }
    // Pinned units go first: everything else must fit around them.
    if (state.units[u]!.positions.length <= 1) {
      const p = state.units[u]!.positions[0];
      if (p !== undefined) state.place(u, p);
      placed[u] = 1;
    }
  }
  for (let u = 0; u < U; u++) if (!placed[u]) free[u] = countClashFree(state, u);
  for (;;) {
    let next = -1;
    for (let u = 0; u < U; u++) {
      if (placed[u]) continue;
      if (
        next < 0 ||
        free[u]! < free[next]! ||
        (free[u] === free[next] && weight[u]! > weight[next]!)
      ) {
        next = u;
      }
    }
    if (next < 0) return;
    const best =
      free[next]! > 0
        ? lookaheadPosition(state, next, rng, neighbours[next]!, placed, free)
        : bestPosition(state, next, rng);
    if (best >= 0) state.place(next, best);
    placed[next] = 1;
    for (const v of neighbours[next]!) if (!placed[v]) free[v] = countClashFree(state, v);
  }
}

/** Neighbours with this few clash-free positions left are protected by forward checking. */
const LOOKAHEAD_FREE = 3;

/**
 * The clash-free position of u with the lowest penalty that leaves every team's planning, and
 * every nearly blocked neighbour, at least one clash-free position (forward checking). Without it,
 * a grade's classes take every slot in which its team could have planned together.
 */
function lookaheadPosition(
  state: SearchState,
  u: number,
  rng: Rng,
  near: number[],
  placed: Uint8Array,
  free: Int32Array,
): number {
  const scored: { pos: number; delta: number; tie: number }[] = [];
  for (const p of state.units[u]!.positions) {
    if (!clashFree(state, u, p)) continue;
    scored.push({ pos: p, delta: state.evaluate([[u, p]]), tie: rng.next() });
  }
  scored.sort((a, b) => a.delta - b.delta || a.tie - b.tie);
  const watched = near.filter(
    (v) => !placed[v] && (state.units[v]!.kind === "planning" || free[v]! <= LOOKAHEAD_FREE),
  );
  for (const { pos } of scored) {
    state.place(u, pos);
    const wipesOut = watched.some((v) => free[v]! > 0 && countClashFree(state, v) === 0);
    state.place(u, -1);
    if (!wipesOut) return pos;
  }
  return scored[0]?.pos ?? -1;
}

/** True when unit u at pos would meet no busy or unavailable teacher and no busy group. */
export function clashFree(state: SearchState, u: number, pos: number): boolean {
  const unit = state.units[u]!;
  const { D, P, N, tBusy, lBusy } = state;
  const p0 = periodOf(D, pos);
  const mask = maskOf(D, pos);
  for (let d = 0; d < D; d++) {
    if (!(mask & (1 << d))) continue;
    for (let k = 0; k < unit.length; k++) {
      const s = d * P + p0 + k;
      for (const t of unit.teachers) {
        if (tBusy[t * N + s]! > 0 || state.isUnavailable(t, s)) return false;
      }
      for (const l of unit.leaves) if (lBusy[l * N + s]! > 0) return false;
    }
  }
  return true;
}

function countClashFree(state: SearchState, u: number): number {
  let n = 0;
  for (const p of state.units[u]!.positions) if (clashFree(state, u, p)) n++;
  return n;
}

/** The position of u with the lowest penalty, or -1 when u has none. */
export function bestPosition(
  state: SearchState,
  u: number,
  rng: Rng,
  exclude = -1,
  onlyClashFree = false,
): number {
  const positions = state.units[u]!.positions;
  let best = -1;
  let bestDelta = Infinity;
  let ties = 0;
  for (const p of positions) {
    if (p === exclude) continue;
    if (onlyClashFree && !clashFree(state, u, p)) continue;
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
