import { dayId, plural, teacherName } from "../validate/describe.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { teachesAt } from "./queries.ts";
import { daysIn, teachersIn } from "../validate/scope.ts";

export const maxTeachingPerDay: Constraint<"max-teaching-per-day"> = {
  rule: "max-teaching-per-day",
  protects: "A teacher teaches at most maxTeachingPerDay periods a day (a double period counts 2).",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    const days = daysIn(model, scope);
    for (const t of teachersIn(occ, scope)) {
      const teacher = model.teachers[t]!;
      if (teacher.maxTeachingPerDay === Infinity) continue;
      for (const d of days) {
        // Periods, not sections: two sections in one period are a clash, not extra teaching.
        let taught = 0;
        for (let p = 0; p < model.periodCount; p++) {
          if (teachesAt(occ, teacher.index, d * model.periodCount + p)) taught++;
        }
        if (taught <= teacher.maxTeachingPerDay) continue;
        out.push({
          rule: "max-teaching-per-day",
          message:
            `${teacherName(model, teacher.index)} teaches ${plural(taught, "period")} on ` +
            `${dayId(model, d)}; at most ${teacher.maxTeachingPerDay} allowed (maxTeachingPerDay).`,
          day: dayId(model, d),
          teachers: [teacher.id],
        });
      }
    }
    return out;
  },
};
