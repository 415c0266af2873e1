import { at, listing, sectionId, slotName, teamName } from "../validate/describe.ts";
import { cell } from "../validate/occupancy.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { lunchTakerIds, lunchTakerName } from "./lunch-taker.ts";
import { sectionsOf, teamsOf } from "./queries.ts";
import { lunchIdsIn } from "../validate/scope.ts";

export const lunchBusy: Constraint<"lunch-busy"> = {
  rule: "lunch-busy",
  protects:
    "Lunch is a real break: a teacher neither teaches nor plans in it, and a group has no " +
    "section of itself, an ancestor or a descendant in it.",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    for (const id of lunchIdsIn(occ, scope)) {
      const l = occ.lunches[id];
      if (!l) continue;
      const slot = l.day * model.periodCount + l.period;
      let meetings: number[] = [];
      let planning: readonly number[] = [];
      if (l.teacher >= 0) {
        meetings = [...cell(occ.teaching, l.teacher * model.slotCount + slot)];
        planning = cell(occ.teacherPlanning, l.teacher * model.slotCount + slot);
      } else {
        for (const g of model.groupConflicts[l.group]!) {
          meetings.push(...cell(occ.groupMeetings, g * model.slotCount + slot));
        }
      }
      if (meetings.length === 0 && planning.length === 0) continue;
      const sections = sectionsOf(occ, meetings).map((s) => sectionId(model, s));
      const teams = teamsOf(occ, planning);
      const busy: string[] = [];
      if (sections.length > 0) busy.push(`${listing(sections)} meets`);
      if (teams.length > 0) {
        busy.push(`${listing(teams.map((t) => teamName(model, t)))} plans`);
      }
      out.push({
        rule: "lunch-busy",
        message: `${lunchTakerName(model, l)} takes lunch at ${slotName(model, l.day, l.period)}, when ${listing(busy)}.`,
        ...at(model, l.day, l.period),
        ...lunchTakerIds(model, l),
        ...(sections.length > 0 ? { sections } : {}),
        ...(teams.length > 0 ? { teams: teams.map((t) => model.teams[t]!.id) } : {}),
      });
    }
    return out;
  },
};
