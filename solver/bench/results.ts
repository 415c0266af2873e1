// What one child process measures for one school, as it travels back to the parent on one JSON
// line. Plain data only (no Infinity, no Maps), so JSON keeps it exactly.
import type { ScheduleStatus } from "../model/format.ts";

export type RunResult = {
  seed: number;
  status: ScheduleStatus;
  /** Wall-clock time of solveWithStats alone (not parsing, resolving or validating). */
  ms: number;
  iterations: number;
  /** The solver's own penalty at the end; null when it had none to give (infinite). */
  penalty: number | null;
  /** The validator's verdict: how many rules the answer breaks (0: valid). */
  violations: number;
  /** Violations per rule name. */
  rules: Record<string, number>;
  explanation: string[];
  validateMs: number;
};

/**
 * The untimed solves before the timed runs: how many, their solving time, the first of them (the
 * process's first solve, V8 still compiling the solver) and how many answers the validator
 * rejected. Counted, not listed: a fast school solves hundreds of times in its warm-up.
 */
export type WarmUp = { solves: number; ms: number; first: RunResult | null; invalid: number };

export type CaseMeasure = {
  name: string;
  sections: number;
  meetings: number;
  teachers: number;
  teams: number;
  /** Reading, generating, parsing and resolving the school. */
  loadMs: number;
  /** Resident memory after loading, before the first solve, in kilobytes. */
  baselineRssKb: number;
  /** The child's peak resident memory over its whole life, in kilobytes. */
  peakRssKb: number;
  warmUp: WarmUp;
  runs: RunResult[];
};

/** The child's one line: a measurement, or why there is none (a crash, a bad school file). */
export type ChildAnswer = { ok: true; measure: CaseMeasure } | { ok: false; error: string };
