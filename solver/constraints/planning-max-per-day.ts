import { dayId, teamName } from "../validate/describe.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { live } from "./queries.ts";
import { teamsIn } from "../validate/scope.ts";

export const planningMaxPerDay: Constraint<"planning-max-per-day"> = {
  rule: "planning-max-per-day",
  protects: "A team plans in at most maxPerDay slots on one day (default 1).",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    for (const i of teamsIn(occ, scope)) {
      const team = model.teams[i]!;
      if (!team.planning) continue;
      const slots = new Set<number>();
      for (const pm of live(occ.plannings, occ.planningsOfTeam[team.index]!)) {
        slots.add(pm.day * model.periodCount + pm.period);
      }
      const perDay = new Array<number>(model.dayCount).fill(0);
      for (const slot of slots) perDay[Math.floor(slot / model.periodCount)]!++;
      perDay.forEach((count, d) => {
        if (count <= team.planning!.maxPerDay) return;
        out.push({
          rule: "planning-max-per-day",
          message:
            `${teamName(model, team.index)} plans ${count} times on ${dayId(model, d)}; ` +
            `at most ${team.planning!.maxPerDay} per day allowed (maxPerDay).`,
          day: dayId(model, d),
          teams: [team.id],
        });
      });
    }
    return out;
  },
};
