import { at, plural, slotName } from "../validate/describe.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { meetingIdsIn } from "../validate/scope.ts";

export const meetingPastDayEnd: Constraint<"meeting-past-day-end"> = {
  rule: "meeting-past-day-end",
  protects: "A meeting of `length` periods fits in its day; it never runs into the next.",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    for (const id of meetingIdsIn(occ, scope)) {
      const m = occ.meetings[id];
      if (!m) continue;
      const section = model.sections[m.section]!;
      if (m.period + section.length <= model.periodCount) continue;
      out.push({
        rule: "meeting-past-day-end",
        message:
          `${section.id} starts at ${slotName(model, m.day, m.period)} and lasts ` +
          `${plural(section.length, "period")}, past the end of the day.`,
        ...at(model, m.day, m.period),
        sections: [section.id],
      });
    }
    return out;
  },
};
