import { plural, teamName } from "../validate/describe.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { live } from "./queries.ts";
import { teamsIn } from "../validate/scope.ts";

export const planningWithoutRequirement: Constraint<"planning-without-requirement"> = {
  rule: "planning-without-requirement",
  protects: "A team without `planning` (kept for views and reports) gets no planning meetings.",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    for (const i of teamsIn(occ, scope)) {
      const team = model.teams[i]!;
      if (team.planning) continue;
      const count = live(occ.plannings, occ.planningsOfTeam[team.index]!).length;
      if (count === 0) continue;
      out.push({
        rule: "planning-without-requirement",
        message: `${teamName(model, team.index)} has no planning requirement but is given ${plural(count, "planning slot")}.`,
        teams: [team.id],
      });
    }
    return out;
  },
};
