// The solver's public entry. Outcomes are values: a schedule whose status says solved, partial
// or infeasible (with an explanation); only bugs throw.
import type { Schedule } from "./model/format.ts";
import type { Model } from "./model/model.ts";

export type SolveProgress = {
  /** A short phase name for the UI ("planning", "placing", "repairing", ...). */
  phase: string;
  /** 0..1, a rough share of the work done. */
  fraction: number;
  /** Meetings placed so far out of all meetings. */
  placed: number;
  total: number;
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
};

export function solve(model: Model, options: SolveOptions = {}): Schedule {
  void options;
  // Placeholder until the search lands (issue 3); the command line is wired against this.
  return {
    format: "commons-schedule/1",
    school: model.school.name,
    status: "infeasible",
    placements: [],
    planning: [],
    lunch: [],
    unplaced: [],
    explanation: ["The solver is not built yet."],
  };
}
