import { listing, slotName, teamName } from "../validate/describe.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { live } from "./queries.ts";
import { teamsIn } from "../validate/scope.ts";

export const planningSamePeriod: Constraint<"planning-same-period"> = {
  rule: "planning-same-period",
  protects: "A team whose planning says samePeriod plans at one period on every day it plans.",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    for (const i of teamsIn(occ, scope)) {
      const team = model.teams[i]!;
      if (!team.planning?.samePeriod) continue;
      const meetings = live(occ.plannings, occ.planningsOfTeam[team.index]!);
      if (meetings.every((pm) => pm.period === meetings[0]!.period)) continue;
      const sorted = [...meetings].sort((a, b) => a.day - b.day || a.period - b.period);
      out.push({
        rule: "planning-same-period",
        message:
          `${teamName(model, team.index)} must plan at one period (samePeriod), but plans at ` +
          `${listing(sorted.map((pm) => slotName(model, pm.day, pm.period)))}.`,
        teams: [team.id],
      });
    }
    return out;
  },
};
