import { dayId, groupName, teacherName } from "../validate/describe.ts";
import { cell, type Cells } from "../validate/occupancy.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { worksOn } from "./queries.ts";
import { daysIn, groupsIn, teachersIn } from "../validate/scope.ts";

export const lunchMissing: Constraint<"lunch-missing"> = {
  rule: "lunch-missing",
  protects:
    "Every fullDay group every day, and every teacher on every day they teach or plan, has a " +
    "named lunch (when the school has a lunch window).",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    if (!model.lunchPeriods) return [];
    const out: Violation[] = [];
    const hasLunch = (cells: Cells, owner: number, d: number): boolean => {
      for (let p = 0; p < model.periodCount; p++) {
        const slot = d * model.periodCount + p;
        if (cell(cells, owner * model.slotCount + slot).length > 0) return true;
      }
      return false;
    };
    const days = daysIn(model, scope);
    for (const g of groupsIn(occ, scope)) {
      const group = model.groups[g]!;
      if (!group.fullDay) continue;
      for (const d of days) {
        if (hasLunch(occ.groupLunch, group.index, d)) continue;
        out.push({
          rule: "lunch-missing",
          message: `${groupName(model, group.index)} has no lunch on ${dayId(model, d)}.`,
          day: dayId(model, d),
          groups: [group.id],
        });
      }
    }
    for (const t of teachersIn(occ, scope)) {
      const teacher = model.teachers[t]!;
      for (const d of days) {
        if (hasLunch(occ.teacherLunch, teacher.index, d) || !worksOn(occ, teacher.index, d)) {
          continue;
        }
        out.push({
          rule: "lunch-missing",
          message: `${teacherName(model, teacher.index)} works on ${dayId(model, d)} but has no lunch.`,
          day: dayId(model, d),
          teachers: [teacher.id],
        });
      }
    }
    return out;
  },
};
