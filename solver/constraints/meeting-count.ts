import { plural } from "../validate/describe.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";

export const meetingCount: Constraint<"meeting-count"> = {
  rule: "meeting-count",
  protects:
    "Every section meets exactly `meetings` times per cycle (in a partial answer, unplaced " +
    "meetings count as listed, not as missing).",
  scope: "timetable",
  check: (occ) => {
    const { model } = occ;
    const partial = occ.schedule.status === "partial";
    const out: Violation[] = [];
    for (const section of model.sections) {
      const placed = occ.meetingsOfSection[section.index]!.length;
      const unplaced = partial ? occ.unplacedOfSection[section.index]!.length : 0;
      const need = section.meetings;
      let message: string | null = null;
      if (placed > need) {
        message = `${section.id} meets ${plural(placed, "time")}; it needs ${plural(need, "meeting")} per cycle.`;
      } else if (placed + unplaced < need) {
        message =
          `${section.id} meets ${plural(placed, "time")}` +
          (partial ? ` and lists ${unplaced} as unplaced` : "") +
          `; it needs ${plural(need, "meeting")} per cycle.`;
      }
      if (message) out.push({ rule: "meeting-count", message, sections: [section.id] });
    }
    return out;
  },
};
