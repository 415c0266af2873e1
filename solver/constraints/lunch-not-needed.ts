import { at, dayId, slotName } from "../validate/describe.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { lunchTakerIds, lunchTakerName } from "./lunch-taker.ts";
import { worksOn } from "./queries.ts";
import { lunchIdsIn } from "../validate/scope.ts";

export const lunchNotNeeded: Constraint<"lunch-not-needed"> = {
  rule: "lunch-not-needed",
  protects:
    "Lunch is named only where the spec asks for it: fullDay groups, and teachers on days they " +
    "teach or plan, in a school with a lunch window.",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const out: Violation[] = [];
    for (const id of lunchIdsIn(occ, scope)) {
      const l = occ.lunches[id];
      if (!l) continue;
      let why: string | null = null;
      if (!model.lunchPeriods) why = "the school has no lunch window";
      else if (l.teacher >= 0 && !worksOn(occ, l.teacher, l.day)) {
        why = `they neither teach nor plan on ${dayId(model, l.day)}`;
      } else if (l.group >= 0 && !model.groups[l.group]!.fullDay) {
        why = "only fullDay groups take a scheduled lunch";
      }
      if (!why) continue;
      out.push({
        rule: "lunch-not-needed",
        message: `${lunchTakerName(model, l)} is given lunch at ${slotName(model, l.day, l.period)}, but ${why}.`,
        ...at(model, l.day, l.period),
        ...lunchTakerIds(model, l),
      });
    }
    return out;
  },
};
