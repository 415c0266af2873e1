import { plural, teacherName } from "../validate/describe.ts";
import { cell } from "../validate/occupancy.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { teamsOf } from "./queries.ts";
import { teachersIn } from "../validate/scope.ts";

export const maxPlanningPerCycle: Constraint<"max-planning-per-cycle"> = {
  rule: "max-planning-per-cycle",
  protects:
    "A teacher sits in at most maxPlanningPerCycle team planning meetings per cycle, so " +
    "collaboration does not swallow their own time.",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    for (const t of teachersIn(occ, scope)) {
      const teacher = model.teachers[t]!;
      if (teacher.maxPlanningPerCycle === Infinity) continue;
      let meetings = 0;
      for (let slot = 0; slot < model.slotCount; slot++) {
        const here = cell(occ.teacherPlanning, teacher.index * model.slotCount + slot);
        // One team listed twice in a slot is still one meeting (planning-count reports it).
        if (here.length > 0) meetings += here.length === 1 ? 1 : teamsOf(occ, here).length;
      }
      if (meetings <= teacher.maxPlanningPerCycle) continue;
      out.push({
        rule: "max-planning-per-cycle",
        message:
          `${teacherName(model, teacher.index)} sits in ${plural(meetings, "planning meeting")} ` +
          `per cycle; at most ${teacher.maxPlanningPerCycle} allowed (maxPlanningPerCycle).`,
        teachers: [teacher.id],
      });
    }
    return out;
  },
};
