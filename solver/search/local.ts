// Annealing over complete placements with breakout weights: take a unit that breaks a rule, draw
// one move for it (a relocation, or one of the compound moves of moves.ts that keep homerooms,
// period columns and teams whole), and keep it if it does not worsen the weighted penalty, or
// now and then even if it does. Resources that keep breaking rules grow heavier (breakout), so
// the search stops trading the same few conflicts back and forth. See docs/adr/0001.
import type { Rng } from "../rng.ts";
import type { SearchState } from "./state.ts";
import {
  alignDays,
  blockSwap,
  daySwap,
  ejectionChain,
  kempeChain,
  kempeDays,
  type Move,
} from "./moves.ts";
import { encode, maskOf, periodOf, scarceRooms } from "./units.ts";

export type LocalSearchOptions = {
  deadline: number;
  now: () => number;
  signal?: AbortSignal;
  onIteration?: (iteration: number) => void;
  maxIterations?: number;
  tuning?: Tuning;
};

/** Knobs of the search, fixed by measurement (see docs/adr); tests and benchmarks may vary them. */
export type Tuning = {
  /** Moves without a new best before the caller restarts. */
  stallLimit: number;
  /** Moves without a new best before breakout weights grow. */
  weightPeriod: number;
  initialTemperature: number;
  /** Cumulative shares of relocation, period swap, day swap and block swap; the rest: Kempe. */
  mix: readonly [number, number, number, number];
  /** Moves in all, over every restart (deterministic experiments; Infinity in use). */
  moveBudget: number;
  /** Share of steps on a planning unit (resp. a section) that try an ejection chain. */
  ejectPlanning: number;
  ejectSection: number;
  /** Share of relocations of a part-week unit that take the days of a same-teacher unit. */
  align: number;
  /**
   * Period templates tried before the plain search (schools with fullDay groups only); each is
   * a fresh chance, and for such schools they pay far better than the plain search.
   */
  templateAttempts: number;
  /**
   * Moves (template steps included) after which no new template is tried and the plain search
   * takes over, for schools whose structure templates do not fit.
   */
  templateBudget: number;
  /** ... or so many per section, whichever is more. */
  templateBudgetPerSection: number;
  /** Steps of one template search (template.ts): at least this, or so many per section. */
  templateSteps: number;
  templateStepsPerSection: number;
  /** Steps without a new best after which a new template gives up: this, or so many a section. */
  templateStall: number;
  templateStallPerSection: number;
  /** A template that ends more broken rules short than this goes straight to a new one (solve.ts). */
  hopelessTemplate: number;
  /** Moves of the search with every unit held to its template period (the same way). */
  narrowMoves: number;
  narrowMovesPerSection: number;
  /** Moves of the search with every position open again, from where the narrow one stopped. */
  widenMoves: number;
  /**
   * A narrow search this many moves without a new best, with at most narrowProbeViolations
   * broken rules, tries the widened search on a copy, and goes on only if that fails (0: never).
   * Most narrow searches that fail sit a rule or two short from early on, and the widened one
   * mends that in a few moves: the 1,300-section middle school's spent 22,100 moves first
   * (docs/adr/0014-narrow-probe.md).
   */
  narrowProbe: number;
  narrowProbeViolations: number;
  /**
   * After a failed probe, where days were chosen first, the narrow search goes on only with at
   * least this many rules broken: one rule short, it never came clean (0 of 18 on five schools,
   * 20 seeds each), where two to ten short it often did (docs/adr/0014-narrow-probe.md).
   */
  narrowGoOn: number;
  /**
   * Most lessons (search/lessons.ts) learned from one line of failed templates before a new
   * template is drawn instead of repairing the last.
   */
  maxLessons: number;
  /**
   * Tries per unit of the backtracking that places a template's days (days.ts; 0: greedy
   * construction only), and its restarts.
   */
  dayNodesPerUnit: number;
  dayRestarts: number;
  /** Share of day moves that are Kempe chains between two days (kempeDays) in the day search. */
  dayKempe: number;
  /** Day sets tried when choosing part-week teachers' working days (work-days.ts; 0: never). */
  workDayNodes: number;
  /** Day sets tried when choosing them before each new template instead (day-sets.ts; 0: never). */
  daySetNodes: number;
  /**
   * Teachers held back to fewer working days (workDayLimits) from which every template chooses
   * their days first, from the very first one (solve.ts).
   */
  daysFirstHeld: number;
};

export const DEFAULT_TUNING: Tuning = {
  stallLimit: 60_000,
  weightPeriod: 800,
  initialTemperature: 0.6,
  mix: [0.3, 0.55, 0.75, 0.87],
  moveBudget: Infinity,
  ejectPlanning: 0.6,
  ejectSection: 0.01,
  align: 0.3,
  templateAttempts: Infinity,
  templateBudget: 500_000,
  templateBudgetPerSection: 2_000,
  templateSteps: 30_000,
  templateStepsPerSection: 100,
  templateStall: 5_000,
  templateStallPerSection: 30,
  hopelessTemplate: 12,
  narrowMoves: 5_000,
  narrowMovesPerSection: 17,
  widenMoves: 1_000,
  narrowProbe: 1_000,
  narrowProbeViolations: 3,
  narrowGoOn: 2,
  maxLessons: 12,
  dayNodesPerUnit: 10,
  dayRestarts: 2,
  dayKempe: 0.5,
  workDayNodes: 2_000,
  daySetNodes: 2_000,
  daysFirstHeld: 20,
};

export type LocalSearchResult = {
  iterations: number;
  /** Positions of every unit when the run had the fewest broken rules, and how many. */
  best: Int32Array;
  bestViolations: number;
  stoppedBy: "solved" | "time" | "cancelled" | "iterations" | "stalled";
};

export function buildNeighbours(state: SearchState): number[][] {
  const byTeacher = new Map<number, number[]>();
  const byLeaf = new Map<number, number[]>();
  const byRoom = new Map<number, number[]>();
  const push = (map: Map<number, number[]>, key: number, u: number) =>
    (map.get(key) ?? map.set(key, []).get(key)!).push(u);
  // Units that compete for a scarce room are neighbours.
  const scarce = (u: number) => scarceRooms(state.units[u]!);
  state.units.forEach((unit, u) => {
    for (const t of unit.teachers) push(byTeacher, t, u);
    for (const l of unit.leaves) push(byLeaf, l, u);
    if (scarce(u)) for (const r of unit.rooms) push(byRoom, r, u);
  });
  return state.units.map((unit, u) => {
    const set = new Set<number>();
    for (const t of unit.teachers) for (const v of byTeacher.get(t)!) set.add(v);
    for (const l of unit.leaves) for (const v of byLeaf.get(l)!) set.add(v);
    if (scarce(u)) for (const r of unit.rooms) for (const v of byRoom.get(r)!) set.add(v);
    set.delete(u);
    return [...set];
  });
}

export function localSearch(
  state: SearchState,
  rng: Rng,
  neighbours: number[][],
  options: LocalSearchOptions,
): LocalSearchResult {
  const { D, P } = state;
  const U = state.units.length;
  const positionSets = state.units.map((unit) => new Set(unit.positions));
  const movable = state.units.flatMap((unit, u) => (unit.positions.length > 1 ? [u] : []));
  // Units of the same teacher that meet on the same number of days, for alignDays.
  const sameTeacher = state.units.map((unit, u) =>
    unit.count >= D
      ? []
      : neighbours[u]!.filter(
          (v) =>
            state.units[v]!.count === unit.count &&
            state.units[v]!.teachers.some((t) => unit.teachers.includes(t)),
        ),
  );
  const unitsByLeaf = new Map<number, number[]>();
  state.units.forEach((unit, u) => {
    for (const l of unit.leaves) (unitsByLeaf.get(l) ?? unitsByLeaf.set(l, []).get(l)!).push(u);
  });
  const maxIterations = options.maxIterations ?? Infinity;
  let conflicted: number[] = [];
  const mark = new Int32Array(U);
  let stamp = 0;
  // The temperature only cools; when the search stalls, breakout weights push it on instead.
  const tuning = options.tuning ?? DEFAULT_TUNING;
  const [mixRelocate, mixSwap, mixDays, mixBlock] = tuning.mix;
  let temperature = tuning.initialTemperature;
  let bestPenalty = state.violations;
  const best = Int32Array.from(state.pos);
  const done = (
    iterations: number,
    stoppedBy: LocalSearchResult["stoppedBy"],
  ): LocalSearchResult => ({
    iterations,
    stoppedBy,
    best,
    bestViolations: bestPenalty,
  });
  let sinceBest = 0;
  let sinceProgress = 0;
  const stallLimit = tuning.stallLimit;
  // The units in conflict, rebuilt now and then; a pick that is no longer in conflict is
  // dropped and the move skipped, which costs far less than rescanning every unit each time.
  const pickConflicted = (): number => {
    if (conflicted.length === 0) {
      conflicted = movable.filter((v) => state.inConflict(v));
      if (conflicted.length === 0) return -1;
    }
    const i = rng.int(conflicted.length);
    const v = conflicted[i]!;
    if (state.inConflict(v)) return v;
    conflicted[i] = conflicted[conflicted.length - 1]!;
    conflicted.pop();
    return -2;
  };
  const drawMove = (u: number): Move | null => {
    const unit = state.units[u]!;
    const cur = state.pos[u]!;
    const kind = rng.next();
    if (kind < mixRelocate) {
      if (sameTeacher[u]!.length > 0 && rng.next() < tuning.align) {
        return alignDays(state, sameTeacher[u]!, unitsByLeaf, positionSets, u, rng);
      }
      const p = unit.positions[rng.int(unit.positions.length)]!;
      return p !== cur ? [[u, p]] : null;
    }
    if (kind < mixSwap) {
      const near = neighbours[u]!;
      if (near.length === 0) return null;
      const v = near[rng.int(near.length)]!;
      const vpos = state.pos[v]!;
      if (vpos < 0 || state.units[v]!.positions.length <= 1) return null;
      const nu = encode(D, periodOf(D, vpos), maskOf(D, cur));
      const nv = encode(D, periodOf(D, cur), maskOf(D, vpos));
      if (nu === cur || !positionSets[u]!.has(nu) || !positionSets[v]!.has(nv)) return null;
      return [
        [u, nu],
        [v, nv],
      ];
    }
    if (kind < mixDays) {
      if (rng.next() < tuning.dayKempe) {
        return kempeDays(state, neighbours, positionSets, u, rng, mark, ++stamp);
      }
      return daySwap(state, neighbours[u]!, positionSets, u, rng);
    }
    if (kind < mixBlock) return blockSwap(state, unitsByLeaf, positionSets, u, rng);
    return kempeChain(state, neighbours, positionSets, u, rng.int(P), mark, ++stamp);
  };
  const accept = (delta: number) => delta <= 0 || rng.next() < Math.exp(-delta / temperature);
  /** One step on unit u: an ejection chain now and then, else one drawn move. */
  const step = (u: number): void => {
    const unit = state.units[u]!;
    if (rng.next() < (unit.kind === "planning" ? tuning.ejectPlanning : tuning.ejectSection)) {
      const before = state.penalty;
      const journal = ejectionChain(state, neighbours[u]!, u, rng, unitsByLeaf, positionSets);
      if (!accept(state.penalty - before)) {
        for (let i = journal.length - 2; i >= 0; i -= 2) state.place(journal[i]!, journal[i + 1]!);
      }
      return;
    }
    const moves = drawMove(u);
    if (moves !== null && accept(state.evaluate(moves))) {
      for (const [v, p] of moves) state.place(v, p);
    }
  };
  for (let iteration = 0; ; iteration++) {
    if (state.violations === 0) return done(iteration, "solved");
    if (iteration >= maxIterations) return done(iteration, "iterations");
    if ((iteration & 255) === 0) {
      if (options.signal?.aborted) return done(iteration, "cancelled");
      if (options.now() > options.deadline) return done(iteration, "time");
      options.onIteration?.(iteration);
      conflicted = [];
    }
    const u = pickConflicted();
    if (u === -2) continue;
    if (u < 0) return done(iteration, "iterations");
    step(u);
    if (state.violations < bestPenalty) {
      bestPenalty = state.violations;
      best.set(state.pos);
      sinceBest = 0;
      sinceProgress = 0;
    } else if (++sinceProgress > stallLimit) {
      return done(iteration, "stalled");
    } else if (++sinceBest > tuning.weightPeriod) {
      sinceBest = 0;
      state.bumpWeights();
    }
    temperature = Math.max(0.05, temperature * 0.9995);
  }
}
