import { at, slotName, teamName } from "../validate/describe.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { live } from "./queries.ts";
import { teamsIn } from "../validate/scope.ts";

export const planningPeriodNotAllowed: Constraint<"planning-period-not-allowed"> = {
  rule: "planning-period-not-allowed",
  protects: "A team plans only in the periods its planning lists, when it lists them.",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    for (const i of teamsIn(occ, scope)) {
      const team = model.teams[i]!;
      if (!team.planning) continue;
      for (const pm of live(occ.plannings, occ.planningsOfTeam[team.index]!)) {
        if (team.planning.allowedPeriods[pm.period]) continue;
        const allowed = model.periodIds.filter((_, p) => team.planning!.allowedPeriods[p]);
        out.push({
          rule: "planning-period-not-allowed",
          message:
            `${teamName(model, team.index)} plans at ${slotName(model, pm.day, pm.period)}, ` +
            `outside its planning periods (${allowed.join(", ")}).`,
          ...at(model, pm.day, pm.period),
          teams: [team.id],
        });
      }
    }
    return out;
  },
};
