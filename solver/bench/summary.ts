// One school's runs boiled down to the figures the tables print. Pure: the tests feed it runs.
import type { BenchCase } from "./cases.ts";
import type { ChildAnswer, RunResult } from "./results.ts";
import { median, worst } from "./stats.ts";

/** "timed out" is an infeasible answer that used the whole budget: no proof, only no schedule. */
export type Outcome = "solved" | "partial" | "infeasible" | "timed out";

export const OUTCOMES: readonly Outcome[] = ["solved", "partial", "infeasible", "timed out"];

export type CaseSummary = {
  bench: BenchCase;
  /** Why there are no runs (the child crashed, the file did not parse); null when there are. */
  error: string | null;
  sections: number;
  meetings: number;
  runs: number;
  outcomes: Record<Outcome, number>;
  /** Runs whose answer the validator accepts (no violation at all). */
  validRuns: number;
  /** Runs that say solved and that the validator accepts: the only runs that count as solved. */
  solvedValid: number;
  maxViolations: number;
  medianMs: number;
  worstMs: number;
  /** The process's first solve (the first warm-up, or the first timed run without one). */
  firstMs: number;
  /** Warm-up solves, and those whose answer the validator rejects (they are checked too). */
  warmUps: number;
  warmUpsInvalid: number;
  medianIterations: number;
  baselineRssKb: number;
  peakRssKb: number;
  /** The first sentence of the first run whose answer is not a solution; null when all solved. */
  firstExplanation: string | null;
};

export function outcomeOf(run: RunResult, timeLimitMs: number): Outcome {
  if (run.status === "infeasible" && run.ms >= timeLimitMs) return "timed out";
  return run.status;
}

export function summarize(bench: BenchCase, answer: ChildAnswer, timeLimitMs: number): CaseSummary {
  const outcomes: Record<Outcome, number> = {
    solved: 0,
    partial: 0,
    infeasible: 0,
    "timed out": 0,
  };
  if (!answer.ok) {
    return {
      bench,
      error: answer.error,
      sections: NaN,
      meetings: NaN,
      runs: 0,
      outcomes,
      validRuns: 0,
      solvedValid: 0,
      maxViolations: 0,
      medianMs: NaN,
      worstMs: NaN,
      firstMs: NaN,
      warmUps: 0,
      warmUpsInvalid: 0,
      medianIterations: NaN,
      baselineRssKb: NaN,
      peakRssKb: NaN,
      firstExplanation: null,
    };
  }
  const { measure } = answer;
  const runs = measure.runs;
  const first = measure.warmUp.first ?? runs[0];
  for (const run of runs) outcomes[outcomeOf(run, timeLimitMs)]++;
  const unsolved = runs.find((r) => r.status !== "solved");
  return {
    bench,
    error: null,
    sections: measure.sections,
    meetings: measure.meetings,
    runs: runs.length,
    outcomes,
    validRuns: runs.filter((r) => r.violations === 0).length,
    solvedValid: runs.filter((r) => r.status === "solved" && r.violations === 0).length,
    maxViolations: Math.max(0, ...runs.map((r) => r.violations)),
    medianMs: median(runs.map((r) => r.ms)),
    worstMs: worst(runs.map((r) => r.ms)),
    firstMs: first?.ms ?? NaN,
    warmUps: measure.warmUp.solves,
    warmUpsInvalid: measure.warmUp.invalid,
    medianIterations: median(runs.map((r) => r.iterations)),
    baselineRssKb: measure.baselineRssKb,
    peakRssKb: measure.peakRssKb,
    firstExplanation: unsolved?.explanation[0] ?? null,
  };
}

/** "solved 5/5" or "solved 3/5, timed out 2/5"; "error" when the school has no runs. */
export function describeOutcomes(summary: CaseSummary): string {
  if (summary.error !== null) return "error";
  return OUTCOMES.filter((o) => summary.outcomes[o] > 0)
    .map((o) => `${o} ${summary.outcomes[o]}/${summary.runs}`)
    .join(", ");
}

/**
 * The validator's word: "valid 5/5", or how many runs it rejected and the most rules broken; a
 * rejected warm-up solve is named too, since a wrong answer is wrong whether timed or not.
 */
export function describeVerdict(summary: CaseSummary): string {
  if (summary.error !== null) return "-";
  const warmUps =
    summary.warmUpsInvalid > 0
      ? `, warm-up INVALID ${summary.warmUpsInvalid}/${summary.warmUps}`
      : "";
  if (summary.validRuns === summary.runs) return `valid ${summary.runs}/${summary.runs}${warmUps}`;
  const invalid = summary.runs - summary.validRuns;
  const most = summary.maxViolations;
  return (
    `INVALID ${invalid}/${summary.runs} (up to ${most} violation${most === 1 ? "" : "s"})` + warmUps
  );
}

/** True when a majority of runs are validated solutions, so the median time is a solving time. */
export const medianIsSolved = (summary: CaseSummary): boolean =>
  summary.runs > 0 && summary.solvedValid * 2 > summary.runs;

/** An error's first line and, for a stack, its innermost frame: enough for a table row. */
export function shortError(error: string): string {
  const lines = error.split("\n").map((l) => l.trim());
  const frame = lines.slice(1).find((l) => l.startsWith("at "));
  return frame === undefined ? lines[0]! : `${lines[0]!} (${frame})`;
}
