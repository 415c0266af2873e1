import { at, listing, sectionId, slotName, teacherName, teamName } from "../validate/describe.ts";
import { cell } from "../validate/occupancy.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { sectionsOf, teamsOf } from "./queries.ts";
import { slotsIn, teachersIn } from "../validate/scope.ts";

export const teacherClash: Constraint<"teacher-clash"> = {
  rule: "teacher-clash",
  protects:
    "A teacher is in one place at a time: one section, or one team's planning meeting (a " +
    "teacher in two teams needs two slots).",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    const slots = slotsIn(model, scope);
    for (const t of teachersIn(occ, scope)) {
      for (const slot of slots) {
        const key = t * model.slotCount + slot;
        const teaching = cell(occ.teaching, key);
        const planning = cell(occ.teacherPlanning, key);
        if (teaching.length + planning.length < 2) continue;
        const sections = sectionsOf(occ, teaching);
        const teams = teamsOf(occ, planning);
        if (sections.length + teams.length < 2) continue;
        const d = Math.floor(slot / model.periodCount);
        const p = slot % model.periodCount;
        const who = teacherName(model, t);
        const when = slotName(model, d, p);
        const ids = listing(sections.map((s) => sectionId(model, s)));
        const names = listing(teams.map((team) => teamName(model, team)));
        const message =
          teams.length === 0
            ? `${who} teaches ${ids} at ${when}.`
            : sections.length === 0
              ? `${who} is expected in the planning meetings of ${names} at ${when}.`
              : `${who} teaches ${ids} during the planning meeting of ${names} at ${when}.`;
        out.push({
          rule: "teacher-clash",
          message,
          ...at(model, d, p),
          teachers: [model.teachers[t]!.id],
          ...(sections.length > 0 ? { sections: sections.map((s) => sectionId(model, s)) } : {}),
          ...(teams.length > 0 ? { teams: teams.map((team) => model.teams[team]!.id) } : {}),
        });
      }
    }
    return out;
  },
};
