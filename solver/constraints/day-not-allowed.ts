import { at, dayId } from "../validate/describe.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { meetingIdsIn } from "../validate/scope.ts";

export const dayNotAllowed: Constraint<"day-not-allowed"> = {
  rule: "day-not-allowed",
  protects: "A section meets only on its allowedDays.",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    for (const id of meetingIdsIn(occ, scope)) {
      const m = occ.meetings[id];
      if (!m) continue;
      const section = model.sections[m.section]!;
      if (section.allowedDays[m.day]) continue;
      const allowed = model.dayIds.filter((_, d) => section.allowedDays[d]);
      out.push({
        rule: "day-not-allowed",
        message:
          `${section.id} meets on ${dayId(model, m.day)}, which is not one of its allowed days ` +
          `(${allowed.join(", ") || "none"}).`,
        ...at(model, m.day, m.period),
        sections: [section.id],
      });
    }
    return out;
  },
};
