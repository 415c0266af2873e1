import { dayId, groupName, teacherName } from "../validate/describe.ts";
import { cell, type Cells } from "../validate/occupancy.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";

export const lunchDuplicate: Constraint<"lunch-duplicate"> = {
  rule: "lunch-duplicate",
  protects: "A teacher or group has exactly one lunch on a day, never two.",
  scope: "timetable",
  check: (occ) => {
    const { model } = occ;
    const out: Violation[] = [];
    const scan = (
      cells: Cells,
      owners: number,
      report: (owner: number, d: number, n: number) => void,
    ) => {
      for (let owner = 0; owner < owners; owner++) {
        for (let d = 0; d < model.dayCount; d++) {
          let n = 0;
          for (let p = 0; p < model.periodCount; p++) {
            n += cell(cells, owner * model.slotCount + d * model.periodCount + p).length;
          }
          if (n > 1) report(owner, d, n);
        }
      }
    };
    scan(occ.teacherLunch, model.teachers.length, (t, d, n) =>
      out.push({
        rule: "lunch-duplicate",
        message: `${teacherName(model, t)} has ${n} lunches on ${dayId(model, d)}.`,
        day: dayId(model, d),
        teachers: [model.teachers[t]!.id],
      }),
    );
    scan(occ.groupLunch, model.groups.length, (g, d, n) =>
      out.push({
        rule: "lunch-duplicate",
        message: `${groupName(model, g)} has ${n} lunches on ${dayId(model, d)}.`,
        day: dayId(model, d),
        groups: [model.groups[g]!.id],
      }),
    );
    return out;
  },
};
