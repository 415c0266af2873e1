// One school's runs, in a process of its own so that its peak memory is its own and a crash or
// a runaway search cannot take the whole benchmark down. Started by spawn.ts with the job as
// its one argument; prints exactly one JSON line (a ChildAnswer) on stdout.
import { readText } from "../cli/io.ts";
import { resolveSchool } from "../model/resolve.ts";
import type { CaseSource } from "./cases.ts";
import { loadSchool, meetingCount, runSeeds, warmUp } from "./measure.ts";
import type { ChildAnswer } from "./results.ts";

export type ChildJob = {
  name: string;
  source: CaseSource;
  seeds: number[];
  /** Solving time spent on other seeds before the timed runs. */
  warmUpMs: number;
  timeLimitMs: number;
};

function run(job: ChildJob): ChildAnswer {
  const started = performance.now();
  const loaded = loadSchool(job.source, readText);
  if (!loaded.ok) return { ok: false, error: loaded.error };
  const model = resolveSchool(loaded.school);
  const loadMs = performance.now() - started;
  const baselineRssKb = Math.round(process.memoryUsage().rss / 1024);
  const clock = () => performance.now();
  const warm = warmUp(model, job.warmUpMs, job.timeLimitMs, clock);
  const runs = runSeeds(model, job.seeds, job.timeLimitMs, clock);
  return {
    ok: true,
    measure: {
      name: job.name,
      sections: model.sections.length,
      meetings: meetingCount(model),
      teachers: model.teachers.length,
      teams: model.teams.length,
      loadMs,
      baselineRssKb,
      // maxRSS is in kilobytes on Linux and covers the process's whole life.
      peakRssKb: process.resourceUsage().maxRSS,
      warmUp: warm,
      runs,
    },
  };
}

function main(): void {
  let answer: ChildAnswer;
  try {
    answer = run(JSON.parse(process.argv[2] ?? "null") as ChildJob);
  } catch (error) {
    // A throw is a bug in the solver or the validator; the parent reports it on this school's row.
    answer = {
      ok: false,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}

main();
