import { dayId, listing, periodId } from "../validate/describe.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { live } from "./queries.ts";
import { sectionsIn } from "../validate/scope.ts";

export const sectionTwiceADay: Constraint<"section-twice-a-day"> = {
  rule: "section-twice-a-day",
  protects: "A section meets at most once a day.",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    const perDay = new Int32Array(model.dayCount);
    for (const s of sectionsIn(occ, scope)) {
      const section = model.sections[s]!;
      const ids = occ.meetingsOfSection[section.index]!;
      if (ids.length < 2) continue;
      perDay.fill(0);
      let twice = false;
      for (const id of ids) {
        const m = occ.meetings[id];
        if (m && ++perDay[m.day]! > 1) twice = true;
      }
      if (!twice) continue;
      const meetings = live(occ.meetings, ids);
      perDay.forEach((count, day) => {
        if (count < 2) return;
        const periods = meetings
          .filter((m) => m.day === day)
          .map((m) => m.period)
          .sort((a, b) => a - b);
        out.push({
          rule: "section-twice-a-day",
          message:
            `${section.id} meets ${count} times on ${dayId(model, day)} ` +
            `(periods ${listing(periods.map((p) => periodId(model, p)))}).`,
          day: dayId(model, day),
          sections: [section.id],
        });
      });
    }
    return out;
  },
};
