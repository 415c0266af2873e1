import { at, teamName } from "../validate/describe.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { live } from "./queries.ts";
import { teamsIn } from "../validate/scope.ts";

export const planningCount: Constraint<"planning-count"> = {
  rule: "planning-count",
  protects:
    "Every team with a planning requirement gets exactly perCycle distinct common planning " +
    "slots: the product's guarantee.",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    for (const i of teamsIn(occ, scope)) {
      const team = model.teams[i]!;
      if (!team.planning) continue;
      const slots = new Set<number>();
      const twice = new Set<number>();
      for (const pm of live(occ.plannings, occ.planningsOfTeam[team.index]!)) {
        const slot = pm.day * model.periodCount + pm.period;
        if (slots.has(slot)) twice.add(slot);
        slots.add(slot);
      }
      const name = teamName(model, team.index);
      for (const slot of [...twice].sort((a, b) => a - b)) {
        const d = Math.floor(slot / model.periodCount);
        const p = slot % model.periodCount;
        out.push({
          rule: "planning-count",
          message: `${name} lists the planning slot ${model.dayIds[d]} period ${model.periodIds[p]} more than once.`,
          ...at(model, d, p),
          teams: [team.id],
        });
      }
      const need = team.planning.perCycle;
      if (slots.size === need) continue;
      out.push({
        rule: "planning-count",
        message:
          slots.size < need
            ? `${name} has ${slots.size} of its ${need} planning slots.`
            : `${name} has ${slots.size} planning slots; it needs exactly ${need}.`,
        teams: [team.id],
      });
    }
    return out;
  },
};
