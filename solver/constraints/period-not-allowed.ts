import { at, listing, slotName } from "../validate/describe.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { meetingIdsIn } from "../validate/scope.ts";

export const periodNotAllowed: Constraint<"period-not-allowed"> = {
  rule: "period-not-allowed",
  protects: "Every period a meeting covers is one of its section's allowedPeriods.",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    for (const id of meetingIdsIn(occ, scope)) {
      const m = occ.meetings[id];
      if (!m) continue;
      const section = model.sections[m.section]!;
      // A meeting that runs past the day's end is reported by meeting-past-day-end alone.
      if (m.period + section.length > model.periodCount || section.allowedStarts[m.period]) {
        continue;
      }
      const allowed = model.school.sections[m.section]?.allowedPeriods ?? [];
      const covered = model.periodIds.slice(m.period, m.period + section.length);
      const outside = covered.filter((p) => !allowed.includes(p));
      out.push({
        rule: "period-not-allowed",
        message:
          `${section.id} at ${slotName(model, m.day, m.period)} covers period ` +
          `${listing(outside)}, outside its allowed periods (${allowed.join(", ")}).`,
        ...at(model, m.day, m.period),
        sections: [section.id],
      });
    }
    return out;
  },
};
