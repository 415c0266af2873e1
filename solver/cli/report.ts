// What the commands print and the exit code they end with, as pure functions of the results.
import type { FormatError } from "../format/errors.ts";
import type { Schedule, ScheduleStatus } from "../model/format.ts";
import type { Model } from "../model/model.ts";

export const EXIT = {
  ok: 0,
  violations: 1,
  badInput: 2,
  partial: 3,
  infeasible: 4,
} as const;

/** One line per parser error, prefixed by the file it is about. */
export function parseErrorLines(file: string, errors: readonly FormatError[]): string[] {
  return errors.map((e) => `${file}: ${e.message}`);
}

export type ViolationLike = { rule: string; message: string };

/**
 * The check's report: one line per violation, why the schedule is not a solution when its
 * status says so, and last the count. Exit 0 only for a solved schedule that breaks nothing.
 */
export function checkReport(
  schedule: Schedule,
  violations: readonly ViolationLike[],
): { lines: string[]; exitCode: number } {
  const lines = violations.map((v) => `${v.rule}: ${v.message}`);
  const solved = schedule.status === "solved";
  if (!solved) {
    const unplaced = schedule.unplaced.length;
    const detail =
      schedule.status === "partial"
        ? `${unplaced} meeting${unplaced === 1 ? " is" : "s are"} unplaced`
        : "it claims no timetable";
    lines.push(`not solved: the schedule's status is "${schedule.status}" (${detail})`);
    for (const sentence of schedule.explanation) lines.push(`explanation: ${sentence}`);
  }
  lines.push(`violations: ${violations.length}`);
  return { lines, exitCode: solved && violations.length === 0 ? EXIT.ok : EXIT.violations };
}

export function exitCodeForStatus(status: ScheduleStatus): number {
  return status === "solved" ? EXIT.ok : status === "partial" ? EXIT.partial : EXIT.infeasible;
}

/** How many meetings the school asks for in one cycle. */
export const meetingsOf = (model: Model): number =>
  model.sections.reduce((sum, s) => sum + s.meetings, 0);

/** The one-line summary of a solve, e.g. `solved: 540 of 540 meetings placed, ...`. */
export function solveSummary(
  model: Model,
  schedule: Schedule,
  elapsedMs: number,
  seed: number | undefined,
): string {
  const parts = [
    `${schedule.placements.length} of ${meetingsOf(model)} meetings placed`,
    `${schedule.unplaced.length} unplaced`,
    `${schedule.planning.length} planning slots`,
    `${schedule.lunch.length} lunches`,
  ];
  const run = [
    ...(seed === undefined ? [] : [`seed ${seed}`]),
    `${(elapsedMs / 1000).toFixed(1)} s`,
  ];
  return `${schedule.status}: ${parts.join(", ")} (${run.join(", ")})`;
}
