import { dayId, groupName, teacherName } from "../validate/describe.ts";
import { cell, type Cells } from "../validate/occupancy.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { daysIn, groupsIn, teachersIn } from "../validate/scope.ts";

export const lunchDuplicate: Constraint<"lunch-duplicate"> = {
  rule: "lunch-duplicate",
  protects: "A teacher or group has exactly one lunch on a day, never two.",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    const days = daysIn(model, scope);
    const scan = (
      cells: Cells,
      owners: readonly number[],
      report: (owner: number, d: number, n: number) => void,
    ) => {
      for (const owner of owners) {
        for (const d of days) {
          let n = 0;
          for (let p = 0; p < model.periodCount; p++) {
            n += cell(cells, owner * model.slotCount + d * model.periodCount + p).length;
          }
          if (n > 1) report(owner, d, n);
        }
      }
    };
    scan(occ.teacherLunch, teachersIn(occ, scope), (t, d, n) =>
      out.push({
        rule: "lunch-duplicate",
        message: `${teacherName(model, t)} has ${n} lunches on ${dayId(model, d)}.`,
        day: dayId(model, d),
        teachers: [model.teachers[t]!.id],
      }),
    );
    scan(occ.groupLunch, groupsIn(occ, scope), (g, d, n) =>
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
