// Hand-made runs and schools for the pure parts of the benchmark: the tables and verdicts can be
// checked on figures chosen to sit on each side of a threshold, with no solver involved.
import type { BenchCase, Expected } from "../../solver/bench/cases.ts";
import type { ChildAnswer, RunResult } from "../../solver/bench/results.ts";
import { summarize, type CaseSummary } from "../../solver/bench/summary.ts";

export const LIMIT_MS = 30_000;

export function run(ms: number, over: Partial<RunResult> = {}): RunResult {
  return {
    seed: 1,
    status: "solved",
    ms,
    iterations: 1000,
    penalty: 0,
    violations: 0,
    rules: {},
    explanation: [],
    validateMs: 5,
    ...over,
  };
}

/** A run that used the whole budget and gave up: what a time-out looks like to the summary. */
export const timedOut = (): RunResult =>
  run(LIMIT_MS + 3, {
    status: "infeasible",
    penalty: 4,
    explanation: ["No schedule was found in the 30 s allowed; that does not prove none exists."],
  });

export function sharedCase(name: string, expected: Expected = "solved"): BenchCase {
  const kind = name.startsWith("elementary")
    ? "elementary"
    : name.startsWith("middle")
      ? "middle"
      : "high";
  return {
    name,
    group: "shared",
    kind,
    expected,
    source: { kind: "shared", file: `/shared/${name}.school.json` },
    seeds: [1, 2, 3, 4, 5],
  };
}

export function generatedCase(kind: "elementary" | "middle" | "high", sections: number): BenchCase {
  return {
    name: `gen-${kind}-${sections}`,
    group: "generated",
    kind,
    expected: "solved",
    source: { kind: "generated", school: kind, sections, seed: 1 },
    seeds: [1, 2, 3, 4, 5],
  };
}

export function answer(
  sections: number,
  runs: RunResult[],
  warmUpRuns: RunResult[] = [],
): ChildAnswer {
  const ms = warmUpRuns.reduce((sum, r) => sum + r.ms, 0);
  const invalid = warmUpRuns.filter((r) => r.violations > 0).length;
  return {
    ok: true,
    measure: {
      name: "x",
      sections,
      meetings: sections * 2,
      teachers: 10,
      teams: 3,
      loadMs: 20,
      baselineRssKb: 90_000,
      peakRssKb: 120_000,
      warmUp: { solves: warmUpRuns.length, ms, first: warmUpRuns[0] ?? null, invalid },
      runs,
    },
  };
}

export const summary = (
  bench: BenchCase,
  sections: number,
  runs: RunResult[],
  warmUpRuns: RunResult[] = [],
): CaseSummary => summarize(bench, answer(sections, runs, warmUpRuns), LIMIT_MS);

export const failed = (bench: BenchCase, error = "the child ended (signal SIGKILL)"): CaseSummary =>
  summarize(bench, { ok: false, error }, LIMIT_MS);
