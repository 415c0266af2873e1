import { at, slotName } from "../validate/describe.ts";
import type { Violation } from "../validate/violation.ts";
import type { Constraint } from "./constraint.ts";
import { lunchTakerIds, lunchTakerName, windowList } from "./lunch-taker.ts";
import { lunchIdsIn } from "../validate/scope.ts";

export const lunchOutsideWindow: Constraint<"lunch-outside-window"> = {
  rule: "lunch-outside-window",
  protects: "Lunch is taken inside the school's lunch window.",
  scope: "timetable",
  check: (occ, scope) => {
    const { model } = occ;
    const window = model.lunchPeriods;
    // Without a window every lunch is lunch-not-needed's finding.
    if (!window) return [];
    const out: Violation[] = [];
    for (const id of lunchIdsIn(occ, scope)) {
      const l = occ.lunches[id];
      if (!l || window[l.period]) continue;
      out.push({
        rule: "lunch-outside-window",
        message:
          `${lunchTakerName(model, l)} takes lunch at ${slotName(model, l.day, l.period)}, ` +
          `outside the lunch window (${windowList(model)}).`,
        ...at(model, l.day, l.period),
        ...lunchTakerIds(model, l),
      });
    }
    return out;
  },
};
