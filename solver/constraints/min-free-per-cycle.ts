import { plural, teacherName } from "../validate/describe.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { freePeriods } from "./queries.ts";
import { teachersIn } from "../validate/scope.ts";

export const minFreePerCycle: Constraint<"min-free-per-cycle"> = {
  rule: "min-free-per-cycle",
  protects:
    "Over the cycle a teacher keeps minFreePerCycle free periods (counted on every day, worked " +
    "or not: see docs/format-notes.md).",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    for (const t of teachersIn(occ, scope)) {
      const teacher = model.teachers[t]!;
      if (teacher.minFreePerCycle <= 0) continue;
      let free = 0;
      for (let d = 0; d < model.dayCount; d++) free += freePeriods(occ, teacher.index, d);
      if (free >= teacher.minFreePerCycle) continue;
      out.push({
        rule: "min-free-per-cycle",
        message:
          `${teacherName(model, teacher.index)} has ${plural(free, "free period")} in the cycle; ` +
          `they need at least ${teacher.minFreePerCycle} (minFreePerCycle).`,
        teachers: [teacher.id],
      });
    }
    return out;
  },
};
