import { listing, slotName } from "../validate/describe.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { live } from "./queries.ts";
import { sectionsIn } from "../validate/scope.ts";

export const samePeriod: Constraint<"same-period"> = {
  rule: "same-period",
  protects: 'A samePeriod section meets at one period on every day ("Algebra 1, period 3").',
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    for (const s of sectionsIn(occ, scope)) {
      const section = model.sections[s]!;
      if (!section.samePeriod) continue;
      const meetings = live(occ.meetings, occ.meetingsOfSection[section.index]!);
      if (meetings.every((m) => m.period === meetings[0]!.period)) continue;
      const sorted = [...meetings].sort((a, b) => a.day - b.day || a.period - b.period);
      out.push({
        rule: "same-period",
        message:
          `${section.id} must meet at the same period every time (samePeriod), but meets at ` +
          `${listing(sorted.map((m) => slotName(model, m.day, m.period)))}.`,
        sections: [section.id],
      });
    }
    return out;
  },
};
