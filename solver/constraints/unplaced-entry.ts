import { plural } from "../validate/describe.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";

export const unplacedEntry: Constraint<"unplaced-entry"> = {
  rule: "unplaced-entry",
  protects:
    "A partial answer lists one unplaced entry, with a reason, per meeting it did not place, " +
    "and none for a meeting it placed.",
  scope: "timetable",
  check: (occ) => {
    const { model, schedule } = occ;
    // A solved answer with unplaced entries is the status rule's finding.
    if (schedule.status !== "partial") return [];
    const out: Violation[] = [];
    for (const section of model.sections) {
      const entries = occ.unplacedOfSection[section.index]!;
      const placed = occ.meetingsOfSection[section.index]!.length;
      const open = Math.max(0, section.meetings - placed);
      if (entries.length > open) {
        out.push({
          rule: "unplaced-entry",
          message:
            `${section.id} lists ${plural(entries.length, "unplaced meeting")} but has ${placed} ` +
            `of its ${plural(section.meetings, "meeting")} placed, so at most ${open} can be unplaced.`,
          sections: [section.id],
        });
      }
      for (const i of entries) {
        const reason = schedule.unplaced[i]?.reason;
        if (typeof reason !== "string" || reason.trim() === "") {
          out.push({
            rule: "unplaced-entry",
            message: `Unplaced entry ${i + 1} (${section.id}) gives no reason.`,
            sections: [section.id],
          });
        }
      }
    }
    return out;
  },
};
