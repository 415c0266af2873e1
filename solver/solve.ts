// The solver's public entry. Outcomes are values: a schedule whose status says solved, partial
// or infeasible (with an explanation); only bugs throw.
import type { Schedule } from "./model/format.ts";
import type { Model } from "./model/model.ts";
import { createRng } from "./rng.ts";
import { construct } from "./search/construct.ts";
import { buildNeighbours, localSearch, type LocalSearchResult } from "./search/local.ts";
import { scheduleBody } from "./search/output.ts";
import { PENALTY_PARTS, SearchState } from "./search/state.ts";
import { buildUnits } from "./search/units.ts";

export type SolveProgress = {
  /** A short phase name for the UI ("checking", "placing", "repairing", ...). */
  phase: string;
  /** 0..1, a rough share of the work done. */
  fraction: number;
  /** Broken rules left (0 when solved). */
  conflicts: number;
};

export type SolveOptions = {
  seed?: number;
  /** Wall-clock budget in milliseconds (default 30 000). */
  timeLimitMs?: number;
  /** Place what can be placed and report the rest (status "partial") instead of "infeasible". */
  partial?: boolean;
  /** Cancels the search; the answer is then "infeasible" with an explanation saying so. */
  signal?: AbortSignal;
  onProgress?: (progress: SolveProgress) => void;
  /** The clock; injectable so tests and workers can supply their own. */
  now?: () => number;
};

export type SolveStats = { iterations: number; penalty: number; parts: Record<string, number> };

/** Moves without a new best before a restart; successful runs on the examples need 20k-90k. */
const STALL_LIMIT = 60_000;

const RULE_NAMES: Record<(typeof PENALTY_PARTS)[number], string> = {
  teacherClash: "teachers teaching or planning twice at once",
  teacherUnavailable: "teachers scheduled when unavailable",
  groupClash: "student groups in two places at once",
  teacherDay: "teachers' daily limits, free periods and lunch",
  teacherCycle: "teachers' free periods over the cycle",
  fullDay: "full-day groups with a class every period and one lunch",
  split: "sections meeting twice a day or teams planning too often in a day",
  room: "rooms that fit every section",
};

export function solveWithStats(
  model: Model,
  options: SolveOptions = {},
): { schedule: Schedule; stats: SolveStats } {
  const now = options.now ?? (() => performance.now());
  const start = now();
  const deadline = start + (options.timeLimitMs ?? 30_000);
  const rng = createRng(options.seed ?? 1);
  const base = { format: "commons-schedule/1" as const, school: model.school.name };
  const { units, problems } = buildUnits(model);
  if (problems.length > 0) {
    return {
      schedule: {
        ...base,
        status: "infeasible",
        placements: [],
        planning: [],
        lunch: [],
        unplaced: [],
        explanation: problems.map((p) => p.message),
      },
      stats: { iterations: 0, penalty: Infinity, parts: {} },
    };
  }
  // Restarts: a run that stops improving starts over from a new construction. The number of
  // moves, not the clock, decides when, so the same seed always gives the same schedule.
  let state = new SearchState(model, units);
  let result: LocalSearchResult = { iterations: 0, stoppedBy: "stalled" };
  let iterations = 0;
  const neighbours = buildNeighbours(state);
  for (let run = 0; result.stoppedBy === "stalled"; run++) {
    if (run > 0) state = new SearchState(model, units);
    options.onProgress?.({ phase: "placing", fraction: 0, conflicts: state.violations });
    construct(state, rng, neighbours);
    const initial = Math.max(1, state.violations);
    const current = state;
    result = localSearch(state, rng, neighbours, {
      deadline,
      now,
      signal: options.signal,
      stallLimit: STALL_LIMIT,
      onIteration: () =>
        options.onProgress?.({
          phase: run === 0 ? "searching" : `searching (restart ${run})`,
          fraction: 1 - current.violations / initial,
          conflicts: current.violations,
        }),
    });
    iterations += result.iterations;
  }
  const parts = Object.fromEntries(PENALTY_PARTS.map((name, i) => [name, state.parts[i]!]));
  const stats = { iterations, penalty: state.violations, parts };
  if (state.violations === 0) {
    return {
      schedule: {
        ...base,
        status: "solved",
        ...scheduleBody(state),
        unplaced: [],
        explanation: [],
      },
      stats,
    };
  }
  const hardest = PENALTY_PARTS.map((name, i) => [name, state.parts[i]!] as const)
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([name, v]) => `${RULE_NAMES[name]} (${v})`);
  const why =
    result.stoppedBy === "cancelled"
      ? "The search was cancelled before it found a schedule."
      : `No schedule was found in the ${Math.round((options.timeLimitMs ?? 30_000) / 1000)} s allowed; that does not prove none exists.`;
  return {
    schedule: {
      ...base,
      status: "infeasible",
      placements: [],
      planning: [],
      lunch: [],
      unplaced: [],
      explanation: [why, `The rules hardest to satisfy were: ${hardest.join("; ")}.`],
    },
    stats,
  };
}

export function solve(model: Model, options: SolveOptions = {}): Schedule {
  return solveWithStats(model, options).schedule;
}
