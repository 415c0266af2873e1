// The solver suite: every shared school and the generated sizes, each in its own child process,
// one after the other (two shared cores: parallel runs would time each other).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { plural } from "../validate/describe.ts";
import { planCases, type BenchCase } from "./cases.ts";
import {
  errorLines,
  fetTable,
  fitTable,
  generatedTable,
  infeasibleTable,
  kindFits,
  sharedTable,
  targetTable,
} from "./report.ts";
import type { ChildAnswer } from "./results.ts";
import { runChild } from "./spawn.ts";
import { describeOutcomes, shortError, summarize } from "./summary.ts";
import type { BenchSuite, SuiteContext, SuiteReport } from "./suites.ts";
import { formatMs } from "./units.ts";

/** The contract folder sits beside the repository: /work/shared next to /work/main. */
export const SHARED_INSTANCES = fileURLToPath(
  new URL("../../../shared/instances/", import.meta.url),
);

function sharedNames(progress: (line: string) => void): string[] {
  if (!existsSync(SHARED_INSTANCES)) {
    progress(`warning: ${SHARED_INSTANCES} is missing; only generated schools will run`);
    return [];
  }
  return readdirSync(SHARED_INSTANCES).sort();
}

/** The sentence of a reason file: its first line says "reason: KIND", the next says why. */
function expectedReasons(cases: readonly BenchCase[]): Map<string, string> {
  const reasons = new Map<string, string>();
  for (const c of cases) {
    const file = `${SHARED_INSTANCES}${c.name}.reason.txt`;
    if (c.group !== "shared" || !existsSync(file)) continue;
    const lines = readFileSync(file, "utf8")
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "" && !l.startsWith("reason:"));
    if (lines[0] !== undefined) reasons.set(c.name, lines[0]);
  }
  return reasons;
}

async function run({ options, progress }: SuiteContext): Promise<SuiteReport> {
  const cases = planCases(options, sharedNames(progress), SHARED_INSTANCES);
  const totalRuns = cases.reduce((sum, c) => sum + c.seeds.length, 0);
  progress(
    `solve: ${plural(cases.length, "school")}, ${plural(totalRuns, "run")} of at most ` +
      `${formatMs(options.timeLimitMs)} each, after ${formatMs(options.warmUpMs)} of warm-up ` +
      "per school",
  );
  const answers: { bench: BenchCase; answer: ChildAnswer }[] = [];
  for (const [i, bench] of cases.entries()) {
    const answer = await runChild({
      name: bench.name,
      source: bench.source,
      seeds: bench.seeds,
      warmUpMs: options.warmUpMs,
      timeLimitMs: options.timeLimitMs,
    });
    answers.push({ bench, answer });
    const s = summarize(bench, answer, options.timeLimitMs);
    progress(
      `[${i + 1}/${cases.length}] ${bench.name}: ` +
        (s.error !== null
          ? shortError(s.error)
          : `${describeOutcomes(s)}, median ${formatMs(s.medianMs)}`),
    );
  }
  const summaries = answers.map(({ bench, answer }) =>
    summarize(bench, answer, options.timeLimitMs),
  );
  return {
    lines: [
      ...sharedTable(summaries),
      ...infeasibleTable(summaries, expectedReasons(cases)),
      ...generatedTable(summaries),
      ...fitTable(summaries),
      ...fetTable(summaries),
      ...targetTable(summaries),
      ...errorLines(summaries),
    ],
    raw: { timeLimitMs: options.timeLimitMs, cases: answers, fits: kindFits(summaries) },
  };
}

export const solveSuite: BenchSuite = {
  name: "solve",
  title: "Solver: time, validity and memory per school",
  run,
};
