// The work of one child process: load a school, solve it once per seed, and have the validator
// judge every answer. The verdict recorded is the validator's, never the solver's status.
import { parseSchool } from "../format/parse-school.ts";
import { generateSchool } from "../generate/index.ts";
import type { School } from "../model/format.ts";
import type { Model } from "../model/model.ts";
import { solveWithStats } from "../solve.ts";
import { validateSchedule } from "../validate/index.ts";
import type { CaseSource } from "./cases.ts";
import type { RunResult, WarmUp } from "./results.ts";

export type Loaded = { ok: true; school: School } | { ok: false; error: string };

/** The school of a case; readText is injected so that the file system stays at the edge. */
export function loadSchool(
  source: CaseSource,
  readText: (file: string) => { ok: true; text: string } | { ok: false; message: string },
): Loaded {
  if (source.kind === "generated") {
    const { school } = generateSchool({
      kind: source.school,
      sections: source.sections,
      seed: source.seed,
    });
    return { ok: true, school };
  }
  const text = readText(source.file);
  if (!text.ok) return { ok: false, error: text.message };
  const parsed = parseSchool(text.text);
  if (!parsed.ok) {
    const first = parsed.errors[0]?.message ?? "unknown error";
    return {
      ok: false,
      error: `${source.file}: not a valid school file (${parsed.errors.length} errors; first: ${first})`,
    };
  }
  return { ok: true, school: parsed.value };
}

export const meetingCount = (model: Model): number =>
  model.sections.reduce((sum, s) => sum + s.meetings, 0);

export type SolveFn = typeof solveWithStats;

/**
 * One solve per seed, each timed alone and validated after the clock stops. The solver is a
 * parameter so that a test can hand in one that lies about its status.
 */
export function runSeeds(
  model: Model,
  seeds: readonly number[],
  timeLimitMs: number,
  now: () => number,
  solve: SolveFn = solveWithStats,
): RunResult[] {
  return seeds.map((seed) => {
    const started = now();
    const { schedule, stats } = solve(model, { seed, timeLimitMs });
    const ms = now() - started;
    const checked = now();
    const violations = validateSchedule(model, schedule);
    const validateMs = now() - checked;
    const rules: Record<string, number> = {};
    for (const v of violations) rules[v.rule] = (rules[v.rule] ?? 0) + 1;
    return {
      seed,
      status: schedule.status,
      ms,
      iterations: stats.iterations,
      penalty: Number.isFinite(stats.penalty) ? stats.penalty : null,
      violations: violations.length,
      rules,
      explanation: schedule.explanation,
      validateMs,
    };
  });
}

/** Warm-up seeds start here, past any count of timed seeds (--seeds allows 1,000). */
export const WARM_UP_SEED = 1001;
/** A school answered in a millisecond still stops warming up somewhere. */
const MAX_WARM_UP_SOLVES = 1000;

/**
 * Solves with seeds WARM_UP_SEED on until `budgetMs` of solving has passed (none for 0), each
 * answer validated as a timed run's is.
 */
export function warmUp(
  model: Model,
  budgetMs: number,
  timeLimitMs: number,
  now: () => number,
  solve: SolveFn = solveWithStats,
): WarmUp {
  const warm: WarmUp = { solves: 0, ms: 0, first: null, invalid: 0 };
  while (warm.ms < budgetMs && warm.solves < MAX_WARM_UP_SOLVES) {
    const [run] = runSeeds(model, [WARM_UP_SEED + warm.solves], timeLimitMs, now, solve);
    warm.solves++;
    warm.ms += run!.ms;
    warm.first ??= run!;
    if (run!.violations > 0) warm.invalid++;
  }
  return warm;
}
