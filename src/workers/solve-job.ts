// The "schedule/solve" job: check the school again (the worker trusts nothing it is sent),
// resolve it and run the solver, reporting progress about ten times a second.
import {
  checkSchool,
  resolveSchool,
  solveWithStats,
  type SolveProgress,
} from "../../solver/index.ts";
import type { JobContext, JobOutcome, SolveRequest, SolveResult } from "./protocol.ts";
import { throttle } from "./throttle.ts";

export const PROGRESS_INTERVAL_MS = 100;

export function solveJob(
  args: SolveRequest,
  context: JobContext<"schedule/solve">,
  now: () => number = () => performance.now(),
): JobOutcome<SolveResult> {
  const start = now();
  const checked = checkSchool(args.school);
  if (!checked.ok) {
    return {
      ok: false,
      error: {
        kind: "invalid-school",
        message: "The school file has problems; fix them before generating a schedule.",
        problems: checked.errors,
      },
    };
  }
  const model = resolveSchool(checked.value);
  const report = throttle(
    (p: SolveProgress, time: number) => context.progress({ ...p, elapsedMs: time - start }),
    PROGRESS_INTERVAL_MS,
    now,
  );
  const { schedule, stats } = solveWithStats(model, {
    seed: args.seed,
    timeLimitMs: args.timeLimitMs,
    partial: args.partial,
    signal: context.signal,
    now,
    onProgress: report,
  });
  return { ok: true, value: { schedule, stats, elapsedMs: now() - start } };
}
