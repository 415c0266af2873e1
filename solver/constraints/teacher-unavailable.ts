import { at, listing, sectionId, slotName, teacherName, teamName } from "../validate/describe.ts";
import { cell } from "../validate/occupancy.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { sectionsOf, teamsOf } from "./queries.ts";
import { slotsIn, teachersIn } from "../validate/scope.ts";

export const teacherUnavailable: Constraint<"teacher-unavailable"> = {
  rule: "teacher-unavailable",
  protects:
    "Nothing is scheduled for a teacher in a slot they marked unavailable: no class, no " +
    "planning, no lunch.",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    const slots = slotsIn(model, scope);
    for (const t of teachersIn(occ, scope)) {
      const teacher = model.teachers[t]!;
      for (const slot of slots) {
        if (!teacher.unavailable[slot]) continue;
        const key = teacher.index * model.slotCount + slot;
        const sections = sectionsOf(occ, cell(occ.teaching, key));
        const teams = teamsOf(occ, cell(occ.teacherPlanning, key));
        const lunch = cell(occ.teacherLunch, key).length > 0;
        if (sections.length === 0 && teams.length === 0 && !lunch) continue;
        const doing: string[] = [];
        if (sections.length > 0) {
          doing.push(`teaches ${listing(sections.map((s) => sectionId(model, s)))}`);
        }
        if (teams.length > 0) {
          doing.push(`sits in the planning of ${listing(teams.map((x) => teamName(model, x)))}`);
        }
        if (lunch) doing.push("takes lunch");
        const d = Math.floor(slot / model.periodCount);
        const p = slot % model.periodCount;
        out.push({
          rule: "teacher-unavailable",
          message: `${teacherName(model, teacher.index)} is unavailable at ${slotName(model, d, p)} but ${listing(doing)}.`,
          ...at(model, d, p),
          teachers: [teacher.id],
          ...(sections.length > 0 ? { sections: sections.map((s) => sectionId(model, s)) } : {}),
          ...(teams.length > 0 ? { teams: teams.map((x) => model.teams[x]!.id) } : {}),
        });
      }
    }
    return out;
  },
};
