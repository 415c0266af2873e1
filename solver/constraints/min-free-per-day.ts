import { dayId, plural, teacherName } from "../validate/describe.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { freePeriods, worksOn } from "./queries.ts";
import { daysIn, teachersIn } from "../validate/scope.ts";

export const minFreePerDay: Constraint<"min-free-per-day"> = {
  rule: "min-free-per-day",
  protects:
    "On every day a teacher teaches or plans, they keep minFreePerDay free periods (no class, " +
    "planning or lunch) for their own preparation.",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    const days = daysIn(model, scope);
    for (const t of teachersIn(occ, scope)) {
      const teacher = model.teachers[t]!;
      if (teacher.minFreePerDay <= 0) continue;
      for (const d of days) {
        if (!worksOn(occ, teacher.index, d)) continue;
        const free = freePeriods(occ, teacher.index, d);
        if (free >= teacher.minFreePerDay) continue;
        out.push({
          rule: "min-free-per-day",
          message:
            `${teacherName(model, teacher.index)} has ${plural(free, "free period")} on ` +
            `${dayId(model, d)}; they need at least ${teacher.minFreePerDay} (minFreePerDay).`,
          day: dayId(model, d),
          teachers: [teacher.id],
        });
      }
    }
    return out;
  },
};
