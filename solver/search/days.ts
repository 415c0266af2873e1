// Days for a template (docs/adr/0005-days-by-backtracking.md). Once every unit is held to its
// template period, what is left is mostly which days each part-week class meets: at a grade's
// specials period, each homeroom's five weekly specials against the specials teachers, a list
// edge colouring with five colours. Greedy construction (construct.ts) leaves a few dozen clashes
// on large schools and the local search, one unit at a time, stalls on the last few; a
// backtracking search finds clash-free days outright on most of them.
import type { Rng } from "../rng.ts";
import { clashFree, difficulty } from "./construct.ts";
import { PENALTY_PARTS, type PenaltyPart, type SearchState } from "./state.ts";
import { maskOf, periodOf, periodSpan, popcount } from "./units.ts";
import { workDayLimits } from "./work-days.ts";

export type DayPlacement = {
  /** Units the backtracking placed clash-free (the rest are left for construct). */
  placed: number;
  /** Positions tried, the work done, counted with the search's moves. */
  nodes: number;
};

/**
 * Places, clash-free, as many of the state's unplaced units as a depth-first search with
 * fewest-choices-first and forward checking can within `nodesPerUnit` tries per unit of each
 * independent part of the school (units that share a teacher, a group or a split section and
 * can meet in the same slots). A part that runs out of tries starts again with other ties,
 * `restarts` times, then keeps the deepest clash-free placement it reached. Only clashes are
 * judged here (teachers, groups, unavailability, a split section twice a day); daily and cycle
 * limits and rooms steer the order in which positions are tried and are left to the local search.
 */
export function placeDays(
  state: SearchState,
  rng: Rng,
  neighbours: number[][],
  nodesPerUnit: number,
  restarts: number,
  /** Checked every few hundred tries: a cancelled solve or an expired limit stops here. */
  shouldStop: () => boolean = () => false,
): DayPlacement {
  const { units } = state;
  const U = units.length;
  for (let u = 0; u < U; u++) {
    const only = units[u]!.positions;
    if (state.pos[u]! < 0 && only.length === 1) state.place(u, only[0]!);
  }
  const open = (u: number) => state.pos[u]! < 0 && units[u]!.positions.length > 1;
  let placed = 0;
  let nodes = 0;
  // Teams' planning first, as in construct: sections have more ways round a planning slot than a
  // team of twenty has round their classes, and a daily limit that a planning slot would break
  // (a specials teacher's only lunch) is only seen once the classes are placed.
  const planning = (part: number[]) => (part.some((u) => units[u]!.kind === "planning") ? 0 : 1);
  const limits = workDayLimits(state.model, state.units);
  const ordered = parts(state, neighbours, open).sort((a, b) => planning(a) - planning(b));
  const scores: Scores = { free: new Int32Array(U), weight: new Float64Array(U) };
  for (const part of ordered) {
    if (shouldStop()) break;
    const limit = nodesPerUnit * part.length;
    const result = searchPart(
      state,
      rng,
      neighbours,
      part,
      limit,
      restarts,
      limits,
      scores,
      shouldStop,
    );
    placed += result.placed;
    nodes += result.nodes;
  }
  return { placed, nodes };
}

/**
 * True when u at pos clashes with nothing placed, a split section's other days included, and
 * keeps its teachers within the days they can work (workDayLimits).
 */
function fits(state: SearchState, limits: Int32Array, u: number, pos: number): boolean {
  const unit = state.units[u]!;
  for (const t of unit.teachers) {
    if (limits[t]! < state.D && popcount(workedDays(state, t) | maskOf(state.D, pos)) > limits[t]!)
      return false;
  }
  const k = unit.splitKey;
  if (k >= 0) {
    const { D, P, N } = state;
    const mask = maskOf(D, pos);
    const p0 = periodOf(D, pos);
    const limit = state.splitLimit[k]!;
    for (let d = 0; d < D; d++) {
      if (!(mask & (1 << d))) continue;
      if (state.splitDay[k * D + d]! >= limit || state.splitSlot[k * N + d * P + p0]! > 0)
        return false;
    }
  }
  return clashFree(state, u, pos);
}

/**
 * The open units in groups that cannot clash with one another's: linked through a neighbour
 * (shared teacher, group or scarce room) whose periods overlap, or through a split section.
 */
function parts(
  state: SearchState,
  neighbours: number[][],
  open: (u: number) => boolean,
): number[][] {
  const { D, units } = state;
  const U = units.length;
  const span = units.map((unit) => periodSpan(D, unit));
  const root = Int32Array.from({ length: U }, (_, u) => u);
  const find = (u: number): number => {
    while (root[u] !== u) u = root[u] = root[root[u]!]!;
    return u;
  };
  for (let u = 0; u < U; u++) {
    if (!open(u)) continue;
    for (const v of neighbours[u]!) {
      if (!open(v)) continue;
      const linked =
        (span[u]! & span[v]!) !== 0 ||
        (units[u]!.splitKey >= 0 && units[u]!.splitKey === units[v]!.splitKey);
      if (linked) root[find(u)] = find(v);
    }
  }
  const byRoot = new Map<number, number[]>();
  for (let u = 0; u < U; u++) {
    if (!open(u)) continue;
    const r = find(u);
    (byRoot.get(r) ?? byRoot.set(r, []).get(r)!).push(u);
  }
  return [...byRoot.values()];
}

type Frame = { u: number; tries: number[]; next: number };

/**
 * By unit, its clash-free positions left and its difficulty (with a random tie-break), read for
 * every open unit of a part at every node: in typed arrays rather than Maps, seeds 1 and 3 of the
 * 1,300-section elementary school took 2% fewer instructions, the same schedules.
 */
type Scores = { free: Int32Array; weight: Float64Array };

/**
 * Rules that more meetings can only break, never mend (teachers' daily and cycle limits, split
 * sections, rooms): a position that breaks one now breaks it in every completion, so it is not
 * tried. The fullDay rule is not one of them: its empty periods fill as units are placed.
 */
const MONOTONE_PARTS = ["teacherDay", "teacherCycle", "split", "room"].map((name) =>
  PENALTY_PARTS.indexOf(name as PenaltyPart),
);
const partsDelta = new Float64Array(PENALTY_PARTS.length);

function searchPart(
  state: SearchState,
  rng: Rng,
  neighbours: number[][],
  part: number[],
  nodeLimit: number,
  restarts: number,
  limits: Int32Array,
  { free, weight }: Scores,
  shouldStop: () => boolean,
): DayPlacement {
  const inPart = new Set(part);
  const near = new Map(part.map((u) => [u, neighbours[u]!.filter((v) => inPart.has(v))]));
  const countFree = (u: number): number => {
    let n = 0;
    for (const p of state.units[u]!.positions) if (fits(state, limits, u, p)) n++;
    return n;
  };
  let nodes = 0;
  // The deepest clash-free placement reached, as units and positions by depth. Frames below
  // `kept` still hold what was recorded (only frames at or above the lowest one placed since
  // are copied again): a copy of the whole stack at each new depth was most of this search's
  // allocation, quadratic in a part's size.
  const deepestUnit = new Int32Array(part.length);
  const deepestPos = new Int32Array(part.length);
  let deepest = 0;
  for (let attempt = 0; attempt <= restarts && !(attempt > 0 && shouldStop()); attempt++) {
    for (const u of part) weight[u] = difficulty(state, u) + rng.next() * 1e-6;
    for (const u of part) free[u] = countFree(u);
    const stack: Frame[] = [];
    let budget = nodeLimit;
    let kept = 0;
    // Planning first (see placeDays), then the fewest clash-free positions, then the hardest.
    const pick = (): number => {
      let best = -1;
      let bestFirst = 0;
      let bestFree = 0;
      let bestWeight = 0;
      for (const u of part) {
        if (state.pos[u]! >= 0) continue;
        const first = state.units[u]!.kind === "planning" ? 0 : 1;
        const n = free[u]!;
        const w = weight[u]!;
        if (
          best < 0 ||
          first < bestFirst ||
          (first === bestFirst && (n < bestFree || (n === bestFree && w > bestWeight)))
        ) {
          best = u;
          bestFirst = first;
          bestFree = n;
          bestWeight = w;
        }
      }
      return best;
    };
    const refresh = (u: number) => {
      for (const v of near.get(u)!) if (state.pos[v]! < 0) free[v] = countFree(v);
    };
    const push = (u: number) => {
      const scored: { p: number; delta: number; fresh: number; tight: number; tie: number }[] = [];
      for (const p of state.units[u]!.positions) {
        if (!fits(state, limits, u, p)) continue;
        const delta = state.evaluate([[u, p]], partsDelta);
        if (MONOTONE_PARTS.some((i) => partsDelta[i]! > 0)) continue;
        const fresh = newDays(state, limits, u, p);
        scored.push({ p, delta, fresh, tight: tightness(state, u, p), tie: rng.next() });
      }
      scored.sort(
        (a, b) => a.delta - b.delta || a.fresh - b.fresh || a.tight - b.tight || a.tie - b.tie,
      );
      stack.push({ u, tries: scored.map((s) => s.p), next: 0 });
    };
    let next = pick();
    if (next >= 0) push(next);
    while (stack.length > 0 && budget > 0) {
      const frame = stack[stack.length - 1]!;
      if (state.pos[frame.u]! >= 0) {
        state.place(frame.u, -1);
        refresh(frame.u);
      }
      if (frame.next >= frame.tries.length) {
        stack.pop();
        continue;
      }
      const p = frame.tries[frame.next++]!;
      budget--;
      if ((++nodes & 255) === 0 && shouldStop()) budget = 0;
      state.place(frame.u, p);
      kept = Math.min(kept, stack.length - 1);
      refresh(frame.u);
      if (near.get(frame.u)!.some((v) => state.pos[v]! < 0 && free[v] === 0)) continue;
      if (stack.length > deepest) {
        for (let i = kept; i < stack.length; i++) {
          deepestUnit[i] = stack[i]!.u;
          deepestPos[i] = state.pos[stack[i]!.u]!;
        }
        deepest = kept = stack.length;
      }
      next = pick();
      if (next < 0) return { placed: part.length, nodes };
      push(next);
    }
    // Out of tries (or every branch failed): undo this attempt before the next.
    for (let i = stack.length - 1; i >= 0; i--) {
      if (state.pos[stack[i]!.u]! >= 0) state.place(stack[i]!.u, -1);
    }
  }
  for (let i = 0; i < deepest; i++) state.place(deepestUnit[i]!, deepestPos[i]!);
  return { placed: deepest, nodes };
}

/**
 * Days pos would add to the working week of u's teachers who cannot work every day (see
 * workDayLimits): a part-week teacher's classes go first to the days it already works (a health
 * teacher's to the days its first took), which keeps the other days open for the classes beside
 * them. Teachers who may work every day are left out: for the generated 1,300-section
 * elementary school's specials teachers, bunching their classes on the first days placed nearly
 * doubled the moves to a solution (27k to 47k at the median, 5 seeds; docs/adr/0006).
 */
function newDays(state: SearchState, limits: Int32Array, u: number, pos: number): number {
  const mask = maskOf(state.D, pos);
  let fresh = 0;
  for (const t of state.units[u]!.teachers) {
    if (limits[t]! < state.D) fresh += popcount(mask & ~workedDays(state, t));
  }
  return fresh;
}

/** The days on which teacher t teaches or plans, as a bit mask. */
function workedDays(state: SearchState, t: number): number {
  const { D, P, N, tBusy } = state;
  let worked = 0;
  for (let d = 0; d < D; d++) {
    for (let p = 0; p < P; p++) {
      if (tBusy[t * N + d * P + p]! > 0) {
        worked |= 1 << d;
        break;
      }
    }
  }
  return worked;
}

/**
 * How close pos brings u's teachers to a daily limit: minus the least slack (free periods above
 * minFreePerDay, classes under maxTeachingPerDay) on its days. Positions that keep more slack go
 * first, so that a teacher's one spare period lands where a limit needs it (the day its team
 * plans, a day it is away for part of): the penalty only sees a limit once it is broken.
 */
function tightness(state: SearchState, u: number, pos: number): number {
  const { D, tdFree, tTeach } = state;
  const mask = maskOf(D, pos);
  let least = Infinity;
  for (const t of state.units[u]!.teachers) {
    const teacher = state.model.teachers[t]!;
    for (let d = 0; d < D; d++) {
      if (!(mask & (1 << d))) continue;
      const slack = Math.min(
        tdFree[t * D + d]! - teacher.minFreePerDay,
        teacher.maxTeachingPerDay - tTeach[t * D + d]!,
      );
      if (slack < least) least = slack;
    }
  }
  return -least;
}
