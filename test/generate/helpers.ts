// Runs a generated school through the project's own parser and validator, the way a user's file
// and a solver's answer would be checked.
import { parseSchedule, parseSchool } from "../../solver/format/index.ts";
import type { FormatError } from "../../solver/format/index.ts";
import type { School, Schedule } from "../../solver/model/format.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { validateSchedule, type Violation } from "../../solver/validate/index.ts";

export type Checked = {
  schoolErrors: FormatError[];
  scheduleErrors: FormatError[];
  violations: Violation[];
};

export function checkGenerated(school: School, planted: Schedule): Checked {
  const parsed = parseSchool(JSON.stringify(school));
  const schedule = parseSchedule(JSON.stringify(planted));
  if (!parsed.ok || !schedule.ok) {
    return {
      schoolErrors: parsed.ok ? [] : parsed.errors,
      scheduleErrors: schedule.ok ? [] : schedule.errors,
      violations: [],
    };
  }
  return {
    schoolErrors: [],
    scheduleErrors: [],
    violations: validateSchedule(resolveSchool(parsed.value), schedule.value),
  };
}

/** "rule: message" lines, so that a failing test shows what broke. */
export const describeViolations = (violations: readonly Violation[]): string[] =>
  violations.slice(0, 10).map((v) => `${v.rule}: ${v.message}`);
